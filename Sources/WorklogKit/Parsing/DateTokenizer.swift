enum DateTokenizer {
  static func tokens(_ text: String) -> [DateToken] {
    var out: [DateToken] = []
    var number = 0
    var digits = 0
    var word = ""
    func flush() {
      if digits > 0 { out.append(.number(digits > 9 ? Int.max : number, digits: digits)) }
      if !word.isEmpty { out.append(.word(word.lowercased())) }
      number = 0
      digits = 0
      word = ""
    }
    for ch in text.unicodeScalars {
      if ch.value >= 0x30 && ch.value <= 0x39 {
        if !word.isEmpty { flush() }
        if digits < 10 { number = number * 10 + Int(ch.value - 0x30) }
        digits += 1
      } else if ch.properties.isAlphabetic {
        if digits > 0 { flush() }
        word.unicodeScalars.append(ch)
      } else {
        flush()
        if ch == "*" || ch == "_" || ch == "`" || ch.properties.isWhitespace { continue }
        out.append(.symbol(String(ch)))
      }
    }
    flush()
    return out
  }
}
