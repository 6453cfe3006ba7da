extension TemplatePlaceholderRule {
  /// The template's notice removed: its whole lines, from the opening shortcode to the closing
  /// one, with their line endings. At the very end of a file without a final newline, the line
  /// ending before the notice goes instead, so the file still ends the way it did. Unsafe: the
  /// notice may have been kept on purpose.
  func noticeFix(_ file: SourceFile, open: MarkdownLine, close: MarkdownLine) -> Fix? {
    guard close.number >= open.number else { return nil }
    let start = file.lineStarts[open.number - 1]
    let closeEnd = file.lineEnds[close.number - 1]
    var range = start..<(closeEnd + file.terminator(ofLine: close.number).count)
    if file.terminator(ofLine: close.number).isEmpty, open.number > 1 {
      range = file.lineEnds[open.number - 2]..<closeEnd
    }
    return Fix("remove the template's notice", .unsafe, edits: [.delete(range)])
  }
}
