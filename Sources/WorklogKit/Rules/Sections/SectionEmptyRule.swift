/// WL202: an objectives or achievements heading has nothing under it.
public struct SectionEmptyRule: LintRule {
  public init() {}
  public let description = RuleDescription(
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

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, !page.isDraft else { return [] }
    let empty = page.sections.filter { s in
      Self.checkedKinds.contains(s.kind) && s.detectedBy != .structure && s.heading != nil
    }
    guard !empty.isEmpty else { return [] }
    let lines = page.bodyLines
    var out: [Diagnostic] = []
    for section in empty {
      guard let heading = section.heading else { continue }
      let body = lines.filter { $0.number > section.lines.lowerBound && $0.number <= section.lines.upperBound }
      let hasContent = body.contains { line in
        switch line.kind {
        case .blank, .comment, .thematicBreak: return false
        default: return true
        }
      }
      if hasContent || opensSubtopic(after: section, lines, page) { continue }
      out.append(finding(page.source, heading.range, "'\(heading.value)' has nothing under it",
        fix: "Write the \(section.kind == .objectives ? "week's objectives" : "week's achievements") under the heading as a list, or remove the heading."))
    }
    return out
  }

  /// Whether the heading's content starts under a sub-heading written at its own level
  /// (`### Week 3 Objectives:` then `### 1. Networking`), which ends the section early.
  private func opensSubtopic(after section: Section, _ lines: [MarkdownLine], _ page: Worklog) -> Bool {
    guard let next = lines.first(where: { $0.number > section.lines.lowerBound && ![.blank, .comment, .thematicBreak].contains($0.kind) }),
      case .heading = next.kind
    else { return false }
    let text = InlineTextReader.read(page.source.text(bytes: next.content)).text
    return Vocabulary.sectionKind(text) == .other
  }
}
