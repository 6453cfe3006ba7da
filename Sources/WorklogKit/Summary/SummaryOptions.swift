/// Which language's pages a summary shows.
public enum LanguageChoice: Sendable, Hashable {
  /// Each week's English page when it has one, else the page it has (the default).
  case preferEnglish
  /// Only pages in this language; a week without one is missing (with a note naming the
  /// languages it does have).
  case only(String)
  /// Every language the site has, one summary of the site per language.
  case all
}

/// Which weeks a summary covers.
public enum WeekSelection: Sendable, Hashable {
  /// Week 1 (or 0, when a site has a week 0) to the highest week the site has, in any language.
  case all
  /// One week, shown in full.
  case one(Int)
  /// The weeks of a range; a week in it without a page is missing.
  case range(ClosedRange<Int>)
}

/// What a summary covers: which weeks, in which language.
public struct SummaryOptions: Sendable, Hashable {
  /// Which weeks to cover.
  public var weeks: WeekSelection
  /// Which language's pages to show.
  public var language: LanguageChoice
  /// Today, from the run's clock: with `programStart`, the weeks that have ended are expected,
  /// and the week in progress is due only up to today. Nil: no clock (weeks are expected up to
  /// the site's highest, and every working day of a week is due).
  public var today: CalendarDate?

  /// Every week, each in English where it can be: the command's defaults.
  public init(weeks: WeekSelection = .all, language: LanguageChoice = .preferEnglish, today: CalendarDate? = nil) {
    self.weeks = weeks
    self.language = language
    self.today = today
  }
}
