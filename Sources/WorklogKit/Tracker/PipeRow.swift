/// One line of a pipe table as its bytes stand: where each cell's inside lies between its pipes,
/// so an edit can rewrite a cell's inside and keep everything else of the line.
struct PipeRow: Sendable {
  /// One cell: the bytes between its pipes, and how many spaces lead and trail its text.
  struct Cell: Sendable {
    /// Between the pipe before and the pipe after (or the line's end), spaces included.
    var inside: Range<Int>
    /// The text without the spaces around it.
    var content: Range<Int>
    /// Characters of the inside, as a reader counts columns.
    var width: Int
    var leading: Int { content.lowerBound - inside.lowerBound }
    var trailing: Int { inside.upperBound - content.upperBound }
  }

  /// The whole line, without its line ending.
  var line: Range<Int>
  var cells: [Cell]
  /// The character column of each pipe, from the line's start.
  var pipeColumns: [Int]

  /// Reads the line `range` of `bytes`; nil when it has no pipe.
  init?(_ bytes: [UInt8], line range: Range<Int>) {
    var pipes: [Int] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if bytes[i] == UInt8(ascii: "\\"), i + 1 < range.upperBound {
        i += 2
        continue
      }
      if bytes[i] == UInt8(ascii: "|") { pipes.append(i) }
      i += 1
    }
    guard let first = pipes.first else { return nil }
    func width(_ r: Range<Int>) -> Int { String(decoding: bytes[r], as: UTF8.self).count }
    var cells: [Cell] = []
    for (a, b) in zip(pipes, pipes.dropFirst()) {
      let inside = (a + 1)..<b
      cells.append(Cell(inside: inside, content: PipeRow.trimmed(bytes, inside), width: width(inside)))
    }
    if let last = pipes.last, last + 1 < range.upperBound {
      let inside = (last + 1)..<range.upperBound
      let content = PipeRow.trimmed(bytes, inside)
      if !content.isEmpty { cells.append(Cell(inside: inside, content: content, width: width(inside))) }
    }
    line = range
    self.cells = cells
    pipeColumns = pipes.map { width(range.lowerBound..<$0) }
    _ = first
  }

  /// `range` without the spaces and tabs around it; an empty range at its end when blank.
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    let t = ByteText.trimmed(bytes, range)
    return t.isEmpty ? range.upperBound..<range.upperBound : t
  }

  /// `text` with each `|` escaped, as a cell must write it.
  static func escaped(_ text: String) -> String {
    var out = ""
    var previous: Character = " "
    for c in text {
      if c == "|" && previous != "\\" { out.append("\\") }
      out.append(c)
      previous = c
    }
    return out
  }
}
