/// Edits of front matter values on the original bytes, for the rules' fixes.
///
/// A value is replaced token for token: the quotes the author wrote stay (`weight: "1"` becomes
/// `weight: "3"`, a plain `weight: 1` becomes `weight: 3`), a comment after the value and the
/// spacing around it are kept, and a value the format needs quoted (TOML and JSON strings) is
/// quoted. A value that cannot be written correctly in the page's format gets no fix.
enum FrontMatterEdit {
  /// Where a scalar value stands: the whole token, quotes included, and the quote written.
  struct Token {
    var range: Range<Int>
    /// `"` or `'` when the value was quoted.
    var quote: UInt8?
    /// The bytes inside the quotes (the whole token when plain).
    var inner: Range<Int> { quote == nil ? range : (range.lowerBound + 1)..<(range.upperBound - 1) }
  }

  /// The token of `entry`'s value, on one line; nil for an empty value, a list, or a value
  /// whose closing quote is missing.
  static func token(_ file: SourceFile, _ entry: FrontMatterEntry, fence: FrontMatterFence) -> Token? {
    let r = entry.value.range.start.offset..<entry.value.range.end.offset
    guard !r.isEmpty, r.lowerBound >= entry.key.range.end.offset, r.upperBound <= file.bytes.count,
      file.line(containing: r.lowerBound) == file.line(containing: r.upperBound - 1)
    else { return nil }
    let bytes = file.bytes
    let first = bytes[r.lowerBound]
    if first == 0x22 || first == 0x27 {
      var i = r.lowerBound + 1
      while i < r.upperBound {
        if first == 0x22 && bytes[i] == 0x5C {
          i += 2
          continue
        }
        if bytes[i] == first {
          if first == 0x27 && fence != .json && i + 1 < r.upperBound && bytes[i + 1] == 0x27 {
            i += 2
            continue
          }
          return Token(range: r.lowerBound..<(i + 1), quote: first)
        }
        i += 1
      }
      return nil
    }
    guard first != 0x5B, first != 0x7B, first != 0x21,
      first != 0x2D || r.count > 1 && !ByteText.isBlank(bytes[r.lowerBound + 1])
    else {
      return nil
    }
    var end = r.upperBound
    var i = r.lowerBound
    while i < r.upperBound {
      let b = bytes[i]
      if fence == .json
        ? (b == 0x2C || b == 0x7D || ByteText.isBlank(b))
        : (ByteText.isBlank(b) && i + 1 < r.upperBound && bytes[i + 1] == 0x23)
      {
        end = i
        break
      }
      i += 1
    }
    while end > r.lowerBound && ByteText.isBlank(bytes[end - 1]) { end -= 1 }
    return end > r.lowerBound ? Token(range: r.lowerBound..<end, quote: nil) : nil
  }

  /// An edit writing `text` as the string value of `token`, in its quotes when it has them,
  /// else plain where the format allows (YAML) and in double quotes where it does not.
  static func string(_ text: String, over token: Token, fence: FrontMatterFence) -> TextEdit? {
    if let quote = token.quote {
      guard let body = quoted(text, quote) else { return nil }
      return TextEdit(range: token.inner, with: body)
    }
    if (fence == .yaml || fence == .unterminated) && isPlainSafe(text) {
      return TextEdit(range: token.range, with: text)
    }
    return quoted(text, 0x22).map { TextEdit(range: token.range, with: "\"\($0)\"") }
  }

  /// An edit writing a bare literal (a number, a TOML or YAML date) over `token`; a quoted value
  /// keeps its quotes (a date), a JSON value that must be a string is quoted.
  static func literal(_ text: String, over token: Token) -> TextEdit {
    TextEdit(range: token.quote == nil ? token.range : token.inner, with: text)
  }

  /// `text` as the inside of a `quote` string, or nil when it would need escapes.
  static func quoted(_ text: String, _ quote: UInt8) -> String? {
    text.utf8.contains { $0 == quote || $0 == 0x5C || $0 < 0x20 } ? nil : text
  }

  /// Whether `text` reads back as the same string when written plain in YAML.
  static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last, !ByteText.isBlank(first), !ByteText.isBlank(last)
    else { return false }
    if Array("!&*-?:,[]{}#|>'\"%@`".utf8).contains(first) { return false }
    if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
    if case .string = YAMLScalar.plain(text) { return true }
    return false
  }

  /// The offset a new key line is inserted at: before the closing fence in YAML, after the
  /// opening `+++` in TOML (before any `[table]`); nil for JSON and unclosed front matter,
  /// where a line cannot be added without rewriting the block.
  static func insertionPoint(_ page: Worklog) -> (offset: Int, line: Int)? {
    guard let range = page.frontMatter.range else { return nil }
    let file = page.source
    switch page.frontMatter.fence {
    case .yaml:
      let close = range.end.line
      guard close > range.start.line else { return nil }
      return (file.lineStarts[close - 1], close - 1)
    case .toml:
      let open = range.start.line
      guard open < range.end.line, !file.terminator(ofLine: open).isEmpty else { return nil }
      return (file.lineStarts[open], open)
    default: return nil
    }
  }

  /// A `key: value` line (`key = value` in TOML) with `value` written as the format needs.
  static func line(_ key: String, _ value: String, quoted: Bool, fence: FrontMatterFence) -> String? {
    let sep = fence == .toml ? " = " : ": "
    if !quoted { return key + sep + value }
    guard let body = Self.quoted(value, 0x22) else { return nil }
    return key + sep + "\"" + body + "\""
  }
}
