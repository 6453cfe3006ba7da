extension UnterminatedCodeFenceRule {
  /// A closing fence appended at the end of the file: the opening line's marker run (three or
  /// more backticks or tildes) after its indentation and quote marks. Safe: an unclosed fence
  /// runs to the end of the document in CommonMark, so the page renders as it did. A file that
  /// ends in a newline gets the line and a newline; one that does not gets a newline before it.
  func fenceFix(_ file: SourceFile, opening range: SourceRange) -> Fix? {
    let line = range.start.line
    let bytes = file.bytes
    let lineStart = file.lineStarts[line - 1]
    let lineEnd = file.lineEnds[line - 1]
    var i = lineStart
    while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x3E { i += 1 }
    guard i < lineEnd, bytes[i] == 0x60 || bytes[i] == 0x7E else { return nil }
    let marker = bytes[i]
    var run = i
    while run < lineEnd, bytes[run] == marker { run += 1 }
    guard run - i >= 3 else { return nil }
    let closing = Array(bytes[lineStart..<i]) + Array(bytes[i..<run])
    let newline = Array(file.newline(near: file.lineCount - 1).utf8)
    let endsInNewline = file.lineCount > 1 && file.byteRange(ofLine: file.lineCount).isEmpty
    let text = endsInNewline ? closing + newline : newline + closing
    return Fix("close the code fence", .safe, edits: [TextEdit(range: bytes.count..<bytes.count, replacement: text)])
  }
}
