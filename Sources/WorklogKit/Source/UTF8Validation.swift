/// Finds where a byte buffer stops being well-formed UTF-8.
enum UTF8Validation {
  /// The offset of the first byte that starts an ill-formed sequence, or nil when all is valid.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buf -> Int? in
      var i = 0
      let n = buf.count
      while i < n {
        // Runs of ASCII, a word at a time.
        if i + 8 <= n && ByteWords.word(buf, at: i) & ByteWords.high == 0 {
          i += 8
          continue
        }
        let b = buf[i]
        if b < 0x80 {
          i += 1
          continue
        }  // ASCII
        let (length, lower, upper) = UTF8Lead.shape(b)
        if length == 0 { return i }
        if i + length > n { return i }
        let second = buf[i + 1]
        if second < lower || second > upper { return i }
        var k = 2
        while k < length {
          if !UTF8Lead.isContinuation(buf[i + k]) { return i }
          k += 1
        }
        i += length
      }
      return nil
    }
  }
}
