/// Splits a date cell into numbers, words and symbols (`DateToken`).
///
/// ASCII, which most cells are, is classified by its byte; other scalars by their Unicode
/// properties. Words are lower-cased (`String.lowercased()` for any that is not ASCII).
enum DateTokenizer {
  static func tokens(_ text: String) -> [DateToken] {
    var out: [DateToken] = []
    // A token takes one byte or more: room for as many as the text has bytes (up to 32) is
    // made once, not grown token by token.
    out.reserveCapacity(min(text.utf8.count, 32))
    var number = 0
    var digits = 0
    var word: [UInt8] = []
    word.reserveCapacity(16)
    var wordIsASCII = true
    func flush() {
      if digits > 0 { out.append(.number(digits > 9 ? Int.max : number, digits: digits)) }
      if !word.isEmpty {
        if wordIsASCII {
          for k in word.indices where word[k] >= 0x41 && word[k] <= 0x5A { word[k] |= 0x20 }
          out.append(.word(String(decoding: word, as: UTF8.self)))
        } else {
          out.append(.word(String(decoding: word, as: UTF8.self).lowercased()))
        }
      }
      number = 0
      digits = 0
      word.removeAll(keepingCapacity: true)
      wordIsASCII = true
    }
    for ch in text.unicodeScalars {
      let v = ch.value
      if v < 0x80 {
        let b = UInt8(v)
        if b >= 0x30 && b <= 0x39 {
          if !word.isEmpty { flush() }
          if digits < 10 { number = number * 10 + Int(b - 0x30) }
          digits += 1
        } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
          if digits > 0 { flush() }
          word.append(b)
        } else {
          flush()
          if b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "`") || ByteText.isASCIISpace(b) {
            continue
          }
          out.append(.symbol(Unicode.Scalar(b)))
        }
      } else if ch.properties.isAlphabetic {
        if digits > 0 { flush() }
        word.append(contentsOf: ch.utf8)
        wordIsASCII = false
      } else {
        flush()
        if ch.properties.isWhitespace { continue }
        out.append(.symbol(ch))
      }
    }
    flush()
    return out
  }
}
