/// Finds the headed sections with nothing under their heading, kept as `Section.isEmpty`.
enum EmptySections {
  /// Marks each headed section of `sections` whose lines below the heading hold only blank
  /// lines, comments and rules, or whose content starts under a sub-heading written at its own
  /// level (`### Week 3 Objectives:` then `### 1. Networking`), which ends the section early.
  /// `lines` are the page's body lines (of this week, for a whole-term page), in order.
  static func mark(_ sections: inout [Section], _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) {
    let lines = Array(lines)
    for i in sections.indices where sections[i].heading != nil {
      let section = sections[i]
      // Lines are in order: the section's body is found by bisection, not by filtering every
      // line once per section (quadratic on a page of headings).
      let first = firstLine(after: section.lines.lowerBound, in: lines)
      var last = first
      while last < lines.count && lines[last].number <= section.lines.upperBound { last += 1 }
      let hasContent = lines[first..<last].contains { !isFiller($0) }
      sections[i].isEmpty = !hasContent && !opensSubtopic(from: first, lines, file)
    }
  }

  private static func isFiller(_ line: MarkdownLine) -> Bool {
    switch line.kind {
    case .blank, .comment, .thematicBreak: return true
    default: return false
    }
  }

  /// Whether the first line from index `first` that is not filler is a heading naming no section.
  private static func opensSubtopic(from first: Int, _ lines: [MarkdownLine], _ file: SourceFile) -> Bool {
    guard let next = lines[first...].first(where: { !isFiller($0) }), case .heading = next.kind else { return false }
    return Vocabulary.sectionKind(ListReader.inlineText(file, next.content).text) == .other
  }

  /// The index of the first line numbered above `line` (`lines` is in line order).
  static func firstLine(after line: Int, in lines: [MarkdownLine]) -> Int {
    var lo = 0
    var hi = lines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lines[mid].number <= line { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
