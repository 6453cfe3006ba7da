import Testing

@testable import WorklogKit

@Suite struct SummaryJSONStateTests {
  /// A week in `state`, with one reason for it.
  static func week(_ n: Int, _ state: WeekState) -> WeekSummary {
    var w = WeekSummary.missing(n)
    w.state = state
    w.reasons = state == .ok ? [] : [WeekReason(state: state, text: "because \(state)")]
    return w
  }

  @Test(arguments: WeekState.allCases)
  func everyStateIsWrittenAsItsRawValue(_ state: WeekState) {
    guard case .object(let o) = SummaryJSON.week(Self.week(3, state)) else {
      Issue.record("not an object")
      return
    }
    #expect(o["state"] == .string(state.rawValue))
    let reasons: JSONValue =
      state == .ok
      ? .array([]) : .array([.object(["state": .string(state.rawValue), "text": .string("because \(state)")])])
    #expect(o["reasons"] == reasons)
  }

  @Test func theRawValuesAreTheDocumentedNames() {
    #expect(
      WeekState.allCases.map(\.rawValue) == [
        "missing", "unreadable", "template", "copied", "dated-elsewhere", "partial", "ok",
      ])
  }

  @Test func totalsCountEveryStateZerosIncluded() {
    let weeks = [Self.week(1, .ok), Self.week(2, .ok), Self.week(3, .datedElsewhere)]
    let term = TermSummary(
      site: SiteIdentity(root: "s", name: "s"), languages: ["en"], weeks: weeks, findings: [])
    guard case .object(let site) = SummaryJSON.site(term), case .object(let totals)? = site["totals"],
      case .object(let states)? = totals["states"]
    else {
      Issue.record("no totals.states")
      return
    }
    #expect(Set(states.keys) == Set(WeekState.allCases.map(\.rawValue)))
    #expect(states["ok"] == .int(2))
    #expect(states["dated-elsewhere"] == .int(1))
    #expect(states["missing"] == .int(0))
    #expect(states.values.reduce(0) { if case .int(let n) = $1 { $0 + n } else { $0 } } == weeks.count)
  }

  @Test func theExpectedWeeksHaveNullBoundsWhenThereAreNone() {
    let none = ExpectedWeeks(range: nil, source: .programStart, detail: "programStart 2025-09-08 and today 2025-09-01")
    #expect(
      SummaryJSON.expected(none)
        == .object([
          "first": .null, "last": .null, "source": .string("programStart"),
          "detail": .string("programStart 2025-09-08 and today 2025-09-01"),
        ]))
    let some = ExpectedWeeks(range: 1...12, source: .termWeeks, detail: "termWeeks 12")
    guard case .object(let o) = SummaryJSON.expected(some) else { return }
    #expect(o["first"] == .int(1))
    #expect(o["last"] == .int(12))
  }
}
