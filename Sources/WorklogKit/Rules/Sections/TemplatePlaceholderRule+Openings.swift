extension TemplatePlaceholderRule {
  /// Each prompt verb's ASCII start (`m` of `mô tả`, all of `describe`; nothing of `điền`).
  static let verbHeads: [[UInt8]] = promptVerbs.map { Array($0.utf8.prefix { $0 < 0x80 }) }

  /// Whether some prompt verb may open `text` as `opensWithPromptVerb` reads it (its first 12
  /// characters lower-cased): false when no verb's ASCII start is the text's first bytes, in
  /// any case. A character of the lower-cased text that is an ASCII letter comes from that
  /// letter (or from the Kelvin sign, which no verb's start holds), so the bytes must agree;
  /// a verb with no ASCII start (`điền`) may open only a text whose first byte is not ASCII.
  static func mayOpenWithVerbHead(_ text: String) -> Bool {
    verbHeadsAgreeing(text).contains(true)
  }

  /// For each prompt verb, whether its ASCII start agrees with the first bytes of `text` (see
  /// `mayOpenWithVerbHead`); a verb whose start does not cannot open the text.
  static func verbHeadsAgreeing(_ text: String) -> [Bool] {
    var text = text
    return text.withUTF8 { u in
      guard let first = u.first else { return verbHeads.map { _ in false } }
      return verbHeads.map { head in
        if head.isEmpty { return first >= 0x80 }
        guard u.count >= head.count else { return false }
        for k in head.indices where ByteText.lowerASCII(u[k]) != head[k] { return false }
        return true
      }
    }
  }

  /// Whether `text.trimmingCharacters(in: ".:!…")` may differ from `text`: its first or last
  /// byte may belong to one of those (`…` is E2 80 A6). A character of the set is a scalar alone,
  /// so a first and last scalar outside it leave the text as it is.
  static func mayEndWithStop(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    func stop(_ b: UInt8) -> Bool { b == 0x2E || b == 0x3A || b == 0x21 }
    return stop(first) || stop(last) || first == 0xE2 || last == 0xA6
  }

  /// Whether `text` and `word` open with the same byte; when not, `text.hasPrefix(word)` is
  /// false for a `word` opening with a scalar no other text is canonically equal to (ASCII or
  /// `đ`, as every section noun and prompt verb does): the first scalars of the two differ in
  /// any normalisation.
  static func firstBytesAgree(_ text: String, _ word: String) -> Bool {
    text.utf8.first == word.utf8.first
  }
}
