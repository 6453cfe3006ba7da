/// Counts of Unicode scalars at fixed byte intervals of a file, for columns in constant time.
///
/// Scalars are counted the way `String(decoding:as: UTF8.self)` makes them: a well-formed
/// sequence is one scalar, and each maximal ill-formed subpart is one U+FFFD. A column then
/// indexes the repaired text a renderer shows, even in a Latin-1 file.
struct ScalarIndex: Sendable {
  /// Bytes per block: a column scans at most this many bytes twice.
  static let blockSize = 256
  /// `counts[k]` is the number of scalars starting in `bytes[0 ..< k * blockSize]`.
  private let counts: [Int]

  init(_ bytes: [UInt8]) {
    var counts = [0]
    counts.reserveCapacity(bytes.count / ScalarIndex.blockSize + 1)
    bytes.withUnsafeBufferPointer { buf in
      var total = 0
      var i = 0
      while i < buf.count {
        // ASCII needs no look-back; testing it here keeps a debug build's 50 MB page quick.
        if buf[i] < 0x80 || ScalarIndex.startsScalar(buf, at: i) { total += 1 }
        i += 1
        if i % ScalarIndex.blockSize == 0 { counts.append(total) }
      }
    }
    self.counts = counts
  }

  /// The number of scalars starting before byte `offset` (0 ... bytes.count).
  func scalars(before offset: Int, in bytes: [UInt8]) -> Int {
    let block = offset / ScalarIndex.blockSize
    return bytes.withUnsafeBufferPointer { buf in
      var n = counts[block]
      var i = block * ScalarIndex.blockSize
      while i < offset {
        if ScalarIndex.startsScalar(buf, at: i) { n += 1 }
        i += 1
      }
      return n
    }
  }

  /// Whether byte `i` starts a scalar of the leniently decoded text.
  ///
  /// Any byte that is not a continuation byte does. A continuation byte does unless it extends
  /// the nearest lead byte before it: that lead must take more bytes than lie between them and
  /// accept the byte right after it (0xE0 takes A0–BF, 0xF4 80–8F, and so on).
  @inline(__always)
  static func startsScalar(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    if !UTF8Lead.isContinuation(buf[i]) { return true }
    var lead = i - 1
    while lead >= 0 && i - lead <= 3 && UTF8Lead.isContinuation(buf[lead]) { lead -= 1 }
    guard lead >= 0, i - lead <= 3 else { return true }
    let (length, lower, upper) = UTF8Lead.shape(buf[lead])
    guard i - lead < length else { return true }
    let second = buf[lead + 1]
    return second < lower || second > upper
  }
}
