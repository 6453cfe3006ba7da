/// The words the template-placeholder rule's screens look for, laid out flat: every word's bytes
/// in one array and, for each first byte, the run of words opening with it.
///
/// The screens look words up at every byte of a text; a table of arrays retained and released
/// at each look-up cost more than the comparisons, so the words are read here through buffer
/// pointers taken once per text.
struct PlaceholderWordTable: Sendable {
  /// Every word's bytes, words in order of their first byte.
  let bytes: [UInt8]
  /// Where each word starts in `bytes`, and the end of the last one.
  let starts: [Int]
  /// For each byte value, the first word opening with it; the 257th entry is the word count.
  let byFirst: [Int]

  init(_ words: [[UInt8]]) {
    let sorted = words.filter { !$0.isEmpty }.enumerated().sorted { a, b in
      a.element[0] != b.element[0] ? a.element[0] < b.element[0] : a.offset < b.offset
    }.map(\.element)
    bytes = sorted.flatMap { $0 }
    var starts = [0]
    for word in sorted { starts.append((starts.last ?? 0) + word.count) }
    self.starts = starts
    byFirst = (0...256).map { b in sorted.firstIndex { Int($0[0]) >= b } ?? sorted.count }
  }

  /// Whether some word is in `t`, its ASCII capitals read as small letters.
  func occurs(in t: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { words in
      starts.withUnsafeBufferPointer { starts in
        byFirst.withUnsafeBufferPointer { byFirst in
          let n = t.count
          for k in 0..<n {
            let first = Int(ByteText.lowerASCII(t[k]))
            var w = byFirst[first]
            let last = byFirst[first + 1]
            while w < last {
              let start = starts[w]
              let length = starts[w + 1] - start
              w += 1
              guard k + length <= n else { continue }
              var m = 1
              while m < length && ByteText.lowerASCII(t[k + m]) == words[start + m] { m += 1 }
              if m == length { return true }
            }
          }
          return false
        }
      }
    }
  }
}
