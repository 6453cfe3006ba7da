/// Splits a page body into sections by headings, plain-line headings and, failing those, structure.
enum SectionReader {
  /// The main kinds, each of which a page has at most once.
  static let mainKinds: Set<SectionKind> = [.objectives, .tasks, .achievements, .tasksAndAchievements]

  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) -> [Section] {
    var starts: [Section] = []
    var headingKinds = Set<SectionKind>()
    for line in lines {
      guard case .heading(let level) = line.kind else { continue }
      let text = InlineTextReader.heading(file.text(bytes: line.content))
      let kind = Vocabulary.sectionKind(text)
      headingKinds.insert(kind)
      starts.append(section(kind, Located(text, file.range(line.content)), level: level, .heading, line.number))
    }
    // Plain lines (`Week 3 Objectives:`, `**Goals:**`) count where no heading names that section.
    var inList = false
    for line in lines {
      switch line.kind {
      case .listItem: inList = true
      case .blank, .heading: inList = false
      case .text where !inList:
        guard let text = pseudoHeading(file, line) else { continue }
        let kind = Vocabulary.sectionKind(text)
        let covered = headingKinds.contains(kind) || (kind != .tasksAndAchievements && headingKinds.contains(.tasksAndAchievements) && (kind == .tasks || kind == .achievements))
        guard mainKinds.contains(kind), !covered else { continue }
        headingKinds.insert(kind)
        starts.append(section(kind, Located(text, file.range(line.content)), level: 0, .plainLine, line.number))
      default: break
      }
    }
    starts.sort { $0.lines.lowerBound < $1.lines.lowerBound }
    // A section runs to the next heading at its level or above, or the next main section.
    let last = lines.last?.number ?? 0
    var sections: [Section] = []
    for (i, s) in starts.enumerated() {
      var end = last
      for next in starts[(i + 1)...] {
        let endsHere = next.level == 0 || s.level == 0 || next.level <= s.level
          || (mainKinds.contains(next.kind) && next.kind != s.kind)
        if endsHere {
          end = next.lines.lowerBound - 1
          break
        }
      }
      var section = s
      section.lines = s.lines.lowerBound...max(s.lines.lowerBound, end)
      sections.append(section)
    }
    // Nested sub-headings live inside their parent: keep only sections not inside another one
    // of a main kind unless they are themselves main.
    return sections.filter { s in
      mainKinds.contains(s.kind) || !sections.contains { p in
        mainKinds.contains(p.kind) && p.lines.lowerBound < s.lines.lowerBound && p.lines.contains(s.lines.lowerBound)
      }
    }
  }

  private static func section(
    _ kind: SectionKind, _ heading: Located<String>, level: Int, _ how: SectionDetection, _ line: Int
  ) -> Section {
    let folded = heading.value.foldedForMatching
    let week = folded.number(after: "week") ?? folded.number(after: "tuần") ?? folded.number(after: "tuan")
    return Section(kind: kind, heading: heading, level: level, detectedBy: how, lines: line...line, weekInHeading: week)
  }

  /// The text of a line that reads as a heading: short, and bold all through or ending in a colon.
  static func pseudoHeading(_ file: SourceFile, _ line: MarkdownLine) -> String? {
    guard line.content.count <= 160, let last = line.content.last.map({ file.bytes[$0] }),
      last == 0x3A || last == 0x2A  // `:` or `*`: most lines are neither, and need no reading
    else { return nil }
    let raw = file.text(bytes: line.content).trimmingSpaces
    let bold = raw.hasPrefix("**") && (raw.hasSuffix("**") || raw.hasSuffix("**:"))
    let text = InlineTextReader.heading(raw)
    guard bold || text.hasSuffix(":"), text.count <= 80 else { return nil }
    return text.trimmingCharacters(in: ": ")
  }
}
