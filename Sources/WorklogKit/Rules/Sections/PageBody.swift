/// What the section rules need to know about a page beyond the model.
extension Worklog {
  /// The classified body lines of the page, or of this week's part of a whole-term page.
  var bodyLines: [MarkdownLine] {
    let all = lines
    guard let segment else { return all }
    return all.filter { segment.contains($0.number) }
  }

  /// Whether a line opens with a label naming a section of `kind`, followed by its text on the
  /// same line (`**Main objective:** train a baseline model`, `Goal: automate the pipeline.`).
  func hasInlineLabel(_ kind: SectionKind) -> Bool {
    bodyLines.contains { line in
      switch line.kind {
      case .text, .listItem: break
      default: return false
      }
      let raw = source.text(bytes: line.content)
      let label: String
      let rest: String
      if raw.hasPrefix("**") {
        let afterOpen = raw.dropFirst(2)
        guard let close = afterOpen.range(of: "**") else { return false }
        label = String(afterOpen[..<close.lowerBound])
        rest = String(afterOpen[close.upperBound...])
      } else {
        guard let colon = raw.firstIndex(of: ":") else { return false }
        label = String(raw[..<colon])
        rest = String(raw[raw.index(after: colon)...])
      }
      let name = label.trimmingCharacters(in: " :")
      return !name.isEmpty && name.count <= 40 && name.split(separator: " ").count <= 4
        && !rest.trimmingCharacters(in: " :*").isEmpty && Vocabulary.sectionKind(name) == kind
    }
  }

  /// Whether a tasks heading stands above another tasks heading without holding the task table
  /// (`Trọng tâm công việc` above `Công việc thực hiện`): it states the week's focus, which is
  /// what the objectives are.
  var hasFocusSection: Bool {
    let headed = sections.filter { $0.kind == .tasks && $0.detectedBy != .structure }
    guard headed.count >= 2, let first = headed.first else { return false }
    if let table = tasks?.lines.lowerBound, first.lines.contains(table) { return false }
    return true
  }
}
