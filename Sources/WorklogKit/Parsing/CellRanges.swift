extension SourceFile {
  /// `cells.map { range($0) }`, counted along the line once when the ranges lie on one line in
  /// order (a pipe table row's cells), instead of from the line's start for each cell.
  ///
  /// On well-formed UTF-8 a location's column is one more than the scalars between the line's
  /// start and it, and scalars are bytes less continuation bytes: each boundary's column is the
  /// last one's plus the scalars between them. Ranges on several lines, out of order, or on a
  /// line that reaches the first invalid byte are each found by `range(_:)`.
  func ranges(ofCells cells: [Range<Int>]) -> [SourceRange] {
    guard let first = cells.first, first.lowerBound >= 0, first.lowerBound <= bytes.count else {
      return cells.map { range($0) }
    }
    let line = line(containing: first.lowerBound)
    let lineStart = lineStarts[line - 1]
    let lineEnd = lineEnds[line - 1]
    guard first.lowerBound >= lineStart, isValidUTF8(lineStart..<lineEnd) else {
      return cells.map { range($0) }
    }
    var last = first.lowerBound
    for cell in cells {
      guard cell.lowerBound >= last, cell.upperBound >= cell.lowerBound, cell.upperBound <= lineEnd else {
        return cells.map { range($0) }
      }
      last = cell.upperBound
    }
    return bytes.withUnsafeBufferPointer { buf in
      var offset = lineStart
      var column = 1
      func location(_ to: Int) -> SourceLocation {
        column += (to - offset) - ByteWords.continuationBytes(buf, offset..<to)
        offset = to
        return SourceLocation(line: line, column: column, offset: to)
      }
      var out: [SourceRange] = []
      out.reserveCapacity(cells.count)
      for cell in cells {
        let start = location(cell.lowerBound)
        out.append(SourceRange(start: start, end: location(cell.upperBound)))
      }
      return out
    }
  }
}
