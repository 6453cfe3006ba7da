/// A date cell written as two numbers and maybe a year (`28/04`, `09/22/2025`, `5.1.2026`), as
/// its bytes stand in the file, so a fix can rewrite it keeping its separators and padding.
struct NumericDateText {
  var first: String
  var separator: String
  var second: String
  /// The separator before the year and the year, when written.
  var year: (separator: String, digits: String)?
  /// The cell's bytes in the file.
  var range: Range<Int>

  /// The cell's text when it is exactly such a date (no markup around it), else nil.
  init?(_ source: SourceFile, _ cell: DateCell) {
    let r = cell.raw.range.start.offset..<cell.raw.range.end.offset
    guard r.upperBound <= source.bytes.count else { return nil }
    let text = source.text(bytes: r)
    guard text == cell.raw.value else { return nil }
    var parts: [String] = []
    var seps: [String] = []
    var current = ""
    for c in text {
      if c.isASCII && c.isNumber {
        current.append(c)
      } else if c == "/" || c == "." || c == "-" {
        guard !current.isEmpty else { return nil }
        parts.append(current)
        seps.append(String(c))
        current = ""
      } else {
        return nil
      }
    }
    guard !current.isEmpty else { return nil }
    parts.append(current)
    guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
    if parts.count == 3, !(parts[2].count == 2 || parts[2].count == 4) { return nil }
    first = parts[0]
    separator = seps[0]
    second = parts[1]
    year = parts.count == 3 ? (seps[1], parts[2]) : nil
    range = r
  }

  /// The text as written.
  var text: String { first + separator + second + (year.map { $0.separator + $0.digits } ?? "") }
}
