/// WL202: an objectives or achievements heading has nothing under it.
struct SectionEmptyRule: LintRule {
  let description = RuleDescription(
    code: "WL202", name: "section-empty", severity: .warning,
    summary: "An objectives or achievements heading has nothing under it.",
    rationale: """
      A heading left with nothing below it renders as a promise the page does not keep; usually \
      the list was never written, or was pasted under the wrong heading. Only blank lines, \
      comments and rules (`---`) count as nothing; a sub-heading of no known kind right below \
      (`### 1. Networking`) opens the section's content. A tasks heading without its table is left to \
      the task table rules. Pages with `draft: true` are skipped: Hugo does not publish them.
      """,
    triggering: [
      RuleExample("""
        ---
        title: "Week 3 Worklog"
        ---

        ### ↓Week 3 Objectives:

        <!-- to do -->

        ### Tasks to be carried out this week:

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        ### ↓Week 3 Achievements:

        """)
    ],
    nonTriggering: [
      RuleExample("""
        ---
        title: "Week 3 Worklog"
        ---

        ## Week 3 Objectives

        ### Networking

        * Sketch a VPC with two subnets.

        ### Week 3 Achievements:

        | Area | Result |
        | ---- | ------ |
        | VPC | Diagram drawn |

        """),
      RuleExample("""
        ---
        title: "Week 3 Worklog"
        draft: true
        ---

        ### Week 3 Objectives:

        ### Week 3 Achievements:

        """),
    ])

  /// The sections this rule checks; an empty tasks heading is the task table rules' business.
  static let checkedKinds: Set<SectionKind> = [.objectives, .achievements]

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, !page.isDraft else { return [] }
    let empty = page.sections.filter { s in
      Self.checkedKinds.contains(s.kind) && s.detectedBy != .structure && s.heading != nil
    }
    guard !empty.isEmpty else { return [] }
    let lines = page.bodyLines
    var out: [Diagnostic] = []
    for section in empty {
      guard let heading = section.heading else { continue }
      // Lines are in order: the section's body is found by bisection, not by filtering every
      // line once per section (quadratic on a page of headings).
      let first = Self.firstLine(after: section.lines.lowerBound, in: lines)
      var last = first
      while last < lines.count && lines[last].number <= section.lines.upperBound { last += 1 }
      let hasContent = lines[first..<last].contains { line in
        switch line.kind {
        case .blank, .comment, .thematicBreak: return false
        default: return true
        }
      }
      if hasContent || opensSubtopic(from: first, lines, page) { continue }
      out.append(finding(page.source, heading.range, "'\(heading.value)' has nothing under it",
        fix: "Write the \(section.kind == .objectives ? "week's objectives" : "week's achievements") under the heading as a list, or remove the heading."))
    }
    return out
  }

  /// Whether the heading's content starts under a sub-heading written at its own level
  /// (`### Week 3 Objectives:` then `### 1. Networking`), which ends the section early.
  /// `first` is the index of the first line after the heading.
  private func opensSubtopic(from first: Int, _ lines: [MarkdownLine], _ page: Worklog) -> Bool {
    guard let next = lines[first...].first(where: { ![.blank, .comment, .thematicBreak].contains($0.kind) }),
      case .heading = next.kind
    else { return false }
    let text = InlineTextReader.read(page.source.text(bytes: next.content)).text
    return Vocabulary.sectionKind(text) == .other
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
