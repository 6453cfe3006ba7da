/// An output format of `worklog summary`. A summary is sorted and laid out over all the sites,
/// so the sites are gathered and the whole cohort written at the end.
public protocol SummaryReporter: Reporter
where Site == [TermSummary], Rendered == [TermSummary], Ending == CohortSummary {}

extension SummaryReporter {
  public func begin() -> String { "" }
  public func render(_ site: [TermSummary]) -> [TermSummary] { site }
  public func write(_ rendered: [TermSummary]) -> String { "" }
}
