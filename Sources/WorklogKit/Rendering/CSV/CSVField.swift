/// One field of a CSV record (RFC 4180), made safe to open in a spreadsheet.
///
/// - Control characters other than tab, CR and LF, and the invisible characters
///   `TerminalText` shows (bidirectional overrides, zero-width characters, U+FEFF), are written as
///   the text outputs write them (`\x1B`, `\u{202E}`), so a page cannot put raw bytes into a cell.
/// - A field starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so a spreadsheet
///   takes it as text, not as a formula (formula injection).
/// - A field holding a comma, a double quote, a CR or an LF is quoted, its quotes doubled.
enum CSVField {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

  /// `text` as one field, escaped, neutralised and quoted as needed.
  static func escaped(_ text: String) -> String {
    var out = visible(text)
    if let first = out.first, formulaStarts.contains(first) { out = "'" + out }
    guard out.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
      return out
    }
    var quoted = "\""
    for c in out {
      quoted.append(c)
      if c == "\"" { quoted.append("\"") }
    }
    return quoted + "\""
  }

  /// `text` with every control character but tab, CR and LF (and every invisible format
  /// character) shown as an escape.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !kept($0) && TerminalText.escape($0) != nil }) else { return text }
    var out = ""
    for s in text.unicodeScalars {
      if !kept(s), let shown = TerminalText.escape(s) { out += shown } else { out.unicodeScalars.append(s) }
    }
    return out
  }

  static func kept(_ s: Unicode.Scalar) -> Bool { s == "\t" || s == "\r" || s == "\n" }

  /// One record: the fields escaped, separated by commas, ended by CRLF.
  static func record(_ fields: [String]) -> String { fields.map(escaped).joined(separator: ",") + "\r\n" }
}
