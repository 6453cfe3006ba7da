/// What a week amounts to, judged from everything the summary knows about it. One verdict per
/// week, the same in every output (the text strip, Markdown, JSON, CSV and the HTML report),
/// with the reasons for it (`WeekSummary.reasons`).
///
/// When several apply, the first in this order wins (the reasons still name all of them):
/// `missing`, `unreadable`, `template`, `copied`, `datedElsewhere`, `partial`, `ok`.
public enum WeekState: String, Sendable, CaseIterable, Comparable {
  /// No page for a week the program expects.
  case missing
  /// A page that cannot be read.
  case unreadable
  /// The template, not a week: no task of the intern's own (empty rows, placeholders such as
  /// `Task 1` or a writing prompt), or mostly placeholders.
  case template
  /// The same objectives, or most of the task rows, as another week of the site, or as the same
  /// week of another site in the cohort.
  case copied
  /// The tasks are dated outside where the program calendar puts the week.
  case datedElsewhere = "dated-elsewhere"
  /// Fewer days logged than the program's working days (up to today, in the week in progress),
  /// or no task table at all.
  case partial
  /// A week of the intern's own, every working day logged.
  case ok

  /// The order of precedence: a lower rank wins.
  var rank: Int { WeekState.allCases.firstIndex(of: self) ?? 0 }

  public static func < (a: WeekState, b: WeekState) -> Bool { a.rank < b.rank }

  /// Whether a mentor should look at the week.
  public var needsALook: Bool { self != .ok }
}

/// One reason for a week's state: the state it argues for, and why, as a lower-case fragment.
public struct WeekReason: Sendable, Hashable {
  public var state: WeekState
  public var text: String

  public init(state: WeekState, text: String) {
    self.state = state
    self.text = text
  }
}
