/// A few byte strings, found by their exact bytes without hashing them or copying a key.
///
/// The small tables of common header and Day-cell texts whose readings are made once
/// (`HeaderWords`, `DayLabel`) look their texts up here: the keys lie end to end in one array,
/// and a lookup compares lengths first and then bytes. For a few dozen short keys a scan like
/// this costs less than hashing the text.
struct ByteKeyTable: Sendable {
  /// Every key's bytes, one after another.
  private let bytes: [UInt8]
  /// Where each key ends in `bytes`.
  private let ends: [Int]
  /// The longest key's length: a longer text is none of them.
  let longest: Int

  init(_ keys: [[UInt8]]) {
    bytes = keys.flatMap { $0 }
    var ends: [Int] = []
    var end = 0
    for key in keys {
      end += key.count
      ends.append(end)
    }
    self.ends = ends
    longest = keys.map(\.count).max() ?? 0
  }

  /// The place of the key that equals `key`, or nil.
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard key.count <= longest else { return nil }
    return bytes.withUnsafeBufferPointer { flat in
      ends.withUnsafeBufferPointer { ends in
        var start = 0
        for k in 0..<ends.count {
          let end = ends[k]
          if end - start == key.count {
            var j = 0
            while j < key.count, flat[start + j] == key[j] { j += 1 }
            if j == key.count { return k }
          }
          start = end
        }
        return nil
      }
    }
  }

  /// The place of the key that equals `key`, or nil.
  func index(of key: [UInt8]) -> Int? { key.withUnsafeBufferPointer { index(of: $0) } }

  /// The place of the key that equals `text`'s UTF-8, or nil.
  func index(of text: String) -> Int? {
    guard text.utf8.count <= longest else { return nil }
    if let found = text.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
    return index(of: Array(text.utf8))
  }
}
