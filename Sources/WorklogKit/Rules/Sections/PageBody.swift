/// What the section rules need to know about a page beyond the model.
extension Worklog {
  /// The classified body lines of the page, or of this week's part of a whole-term page.
  var bodyLines: [MarkdownLine] {
    let all = lines
    guard let segment else { return all }
    return all.filter { segment.contains($0.number) }
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
