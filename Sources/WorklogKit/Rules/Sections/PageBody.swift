/// What the section rules derive from the model of a page.
extension Worklog {
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
