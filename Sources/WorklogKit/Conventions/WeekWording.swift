/// A line of text that may hold the week number (`### Week 8 Objectives:`, `title: "Tuần 8"`,
/// `pre: " <b> 1.8. </b> "`): the text before and after the number, or the whole text when it
/// names no week.
public struct WeekWording: Sendable, Hashable {
  public var before: String
  /// Nil when the text names no week.
  public var after: String?

  public init(before: String, after: String?) {
    self.before = before
    self.after = after
  }

  /// The text for week `n`.
  public func text(week n: Int) -> String { after.map { before + String(n) + $0 } ?? before }

  /// `text` of a page of week `n`, the number taken out where it is written once
  /// (`SiteWording.split`); the whole text when it names no week.
  static func reading(_ text: String, week n: Int) -> WeekWording {
    if let (before, after) = SiteWording.split(text, at: n) { return WeekWording(before: before, after: after) }
    return WeekWording(before: text, after: nil)
  }

  /// A wording written with `{n}` for the week (as a configuration writes it).
  public init(template: String) {
    if let r = template.range(of: "{n}") {
      self.init(before: String(template[..<r.lowerBound]), after: String(template[r.upperBound...]))
    } else {
      self.init(before: template, after: nil)
    }
  }

  /// The key a vote counts it by.
  var key: String { before + "\u{0}" + (after ?? "\u{1}") }
}
