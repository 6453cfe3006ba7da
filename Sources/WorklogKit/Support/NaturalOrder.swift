/// The order people expect of names holding numbers: `week-2` before `week-10`, `1.9-Week9`
/// before `1.10-Week10`. Runs of ASCII digits compare by value, everything else by its UTF-8
/// bytes; names equal that way (`week-02`, `week-2`) fall back to their bytes, so the order is
/// total and stable.
package enum NaturalOrder {
  /// Whether `a` comes before `b`.
  package static func precedes(_ a: String, _ b: String) -> Bool {
    // The names' own bytes, in place: a sort makes n log n comparisons, none worth two arrays.
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in precedes(x, y) } }
  }

  /// `precedes` on the names' UTF-8: the walk of `walk(_:_:from:)`, started where the names
  /// part, or at the start of the digit run they part in.
  ///
  /// Paths sorted together share most of their bytes (`…/content/1-Worklog/1.1-Week1/…`), and
  /// before the first byte that differs the walk goes through both names alike: their digit
  /// runs there are the same digits, so it meets each at the same place and leaves it at the
  /// same place. Only a digit run that runs into the differing byte must be read from its start.
  static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    let shorter = min(x.count, y.count)
    var k = 0
    // Eight bytes at a time while they agree, then byte by byte.
    while k + 8 <= shorter, ByteWords.word(x, at: k) == ByteWords.word(y, at: k) { k += 8 }
    while k < shorter, x[k] == y[k] { k += 1 }
    while k > 0, ByteText.isDigit(x[k - 1]) { k -= 1 }
    return walk(x, y, from: k)
  }

  /// `precedes` by walking both names from their first byte: the reference.
  static func precedesByWalking(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    walk(x, y, from: 0)
  }

  /// Compares `x` and `y`, which agree before `start`, from `start` on: digit runs by value,
  /// other bytes by value; names equal that way by their bytes.
  private static func walk(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var i = start
    var j = start
    while i < x.count && j < y.count {
      if ByteText.isDigit(x[i]) && ByteText.isDigit(y[j]) {
        let (xi, xDigits) = number(x, from: i)
        let (yj, yDigits) = number(y, from: j)
        if xDigits.count != yDigits.count { return xDigits.count < yDigits.count }
        if !xDigits.elementsEqual(yDigits) { return xDigits.lexicographicallyPrecedes(yDigits) }
        (i, j) = (xi, yj)
      } else {
        if x[i] != y[j] { return x[i] < y[j] }
        i += 1
        j += 1
      }
    }
    // One ran out first: the shorter comes first; equal in value: by bytes.
    if i < x.count || j < y.count { return i == x.count }
    return x.lexicographicallyPrecedes(y)
  }

  /// `names` in natural order.
  package static func sorted(_ names: [String]) -> [String] { names.sorted(by: precedes) }

  /// The end of the digit run starting at `start`, and its digits without leading zeros.
  private static func number(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    end: Int, digits: Slice<UnsafeBufferPointer<UInt8>>
  ) {
    var end = start
    while end < s.count && ByteText.isDigit(s[end]) { end += 1 }
    var first = start
    while first < end - 1 && s[first] == 0x30 { first += 1 }
    return (end, s[first..<end])
  }
}
