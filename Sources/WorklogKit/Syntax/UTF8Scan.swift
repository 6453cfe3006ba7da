/// Scans of a string's UTF-8 bytes over its contiguous storage, for the checks that run on
/// every cell and line (`String.utf8` iterated element by element costs several times more).
///
/// The buffer is only read inside `withUTF8`, never kept.
enum UTF8Scan {
  /// Whether `text` holds `byte`.
  static func contains(_ text: String, _ byte: UInt8) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      for b in buffer where b == byte { return true }
      return false
    }
  }

  /// Whether `text` holds a byte for which `test` holds.
  static func contains(_ text: String, where test: (UInt8) -> Bool) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      for b in buffer where test(b) { return true }
      return false
    }
  }

  /// The bytes of `text`.
  static func bytes(_ text: Substring) -> [UInt8] {
    var text = text
    return text.withUTF8 { Array($0) }
  }

  /// The bytes of `text`.
  static func bytes(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { Array($0) }
  }
}
