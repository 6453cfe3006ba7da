extension TemplatePlaceholderRule {
  /// The template's notice removed: its whole lines, from the opening shortcode to the closing
  /// one, with their line endings. At the very end of a file without a final newline, the line
  /// ending before the notice goes instead, so the file still ends the way it did. Unsafe: the
  /// notice may have been kept on purpose.
  func noticeFix(_ file: SourceFile, open: Int, close: Int) -> Fix? {
    guard close >= open else { return nil }
    let start = file.lineStarts[open - 1]
    let closeEnd = file.lineEnds[close - 1]
    var range = start..<(closeEnd + file.terminator(ofLine: close).count)
    if file.terminator(ofLine: close).isEmpty, open > 1 {
      range = file.lineEnds[open - 2]..<closeEnd
    }
    return Fix("remove the template's notice", .unsafe, edits: [.delete(range)])
  }
}
