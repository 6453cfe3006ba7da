/// How `add` writes a reference in a task table's reference column: `[title](url)` when a title
/// is given, else the URL as the table's own references write one (`<url>` or bare).
enum ReferenceStyle {
  /// `link` written for a table whose reference cells are `cells`.
  static func write(_ link: TaskAddition.Link, cells: [String]) -> String {
    let url = PipeRow.escaped(link.url)
    if let title = link.title, !title.trimmingSpaces.isEmpty {
      return "[" + PipeRow.escaped(title.trimmingSpaces).replacingAll("]", with: "\\]") + "](" + url + ")"
    }
    return cells.contains { $0.contains("<http") } ? "<" + url + ">" : url
  }

  /// Whether a cell says only that there is no reference (`-`, `N/A`), so a reference replaces it.
  static func isPlaceholder(_ cell: String) -> Bool {
    ["", "-", "–", "—", "n/a", "na", "none", "không có", "x"].contains(cell.trimmingSpaces.lowercased())
  }
}
