/// Reads a page's `TemplateText`: its notice blocks and its short prose lines.
enum TemplateTextReader {
  /// Placeholders are a few words: a longer line is not kept.
  static let longestLine = 240

  /// The notices and prose lines among `lines` (a page's body, or one week's part of it).
  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) -> TemplateText {
    var out = TemplateText()
    var open: (line: MarkdownLine, text: String)?
    for line in lines {
      // Only a notice's lines and short list items and prose are kept. A line over
      // `longestLine` bytes is no shorter as text (U+FFFD is three bytes, what it replaces at
      // most three).
      let kept: Bool
      switch line.kind {
      case .shortcode: kept = true
      case .listItem, .text: kept = open != nil || line.content.count <= longestLine
      default: kept = open != nil
      }
      guard kept else { continue }
      if open == nil, line.kind != .shortcode {
        // A prose line is kept as its bytes (`TemplateText.Line`), never made a `String` here;
        // one holding invalid UTF-8 is measured as its text, which U+FFFD may make longer.
        if !file.isValidUTF8(line.content), file.text(bytes: line.content).utf8.count > longestLine { continue }
        out.lines.append(TemplateText.Line(content: line.content))
        continue
      }
      let raw = file.text(bytes: line.content)
      if line.kind == .shortcode {
        let folded = raw.foldedForMatching
        if folded.hasPrefix("{{% notice") || folded.hasPrefix("{{< notice") {
          open = (line, raw)
        } else if folded.hasPrefix("{{% /notice") || folded.hasPrefix("{{< /notice"), let block = open {
          out.notices.append(
            TemplateText.Notice(
              openLine: block.line.number, closeLine: line.number, open: block.line.content, text: block.text))
          open = nil
        }
        continue
      }
      open?.text += "\n" + raw
    }
    return out
  }
}
