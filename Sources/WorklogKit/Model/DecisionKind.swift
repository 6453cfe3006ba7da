/// The kinds of guess the parser makes about a page.
public enum DecisionKind: String, Sendable, Codable, CaseIterable {
  /// Day-first or month-first reading of a table's numeric dates.
  case dateOrder
  /// Which column of the task table holds the day, the task, the dates, the references.
  case columns
  /// The role of a section, from its heading and what it holds.
  case sectionKind
  /// The page's week number.
  case week
  /// The page's language.
  case language
}
