/// Finds where a byte buffer stops being well-formed UTF-8.
enum UTF8Validation {
  /// The offset of the first byte that starts an ill-formed sequence, or nil when all is valid.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buf -> Int? in
      var i = 0
      let n = buf.count
      while i < n {
        let b = buf[i]
        if b < 0x80 { i += 1; continue }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return i
        }
        if i + length > n { return i }
        let second = buf[i + 1]
        if second < lower || second > upper { return i }
        var k = 2
        while k < length {
          if buf[i + k] & 0xC0 != 0x80 { return i }
          k += 1
        }
        i += length
      }
      return nil
    }
  }
}
