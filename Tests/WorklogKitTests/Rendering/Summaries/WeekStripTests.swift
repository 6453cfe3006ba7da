import Testing

@testable import WorklogKit

@Suite struct WeekStripTests {
  static func term(_ name: String, _ states: [Int: WeekState]) -> TermSummary {
    let weeks = states.keys.sorted().map { n -> WeekSummary in
      var w = WeekSummary.missing(n)
      w.state = states[n] ?? .ok
      return w
    }
    return TermSummary(site: SiteIdentity(root: name, name: name), languages: ["en"], weeks: weeks)
  }

  @Test func weeksAreGroupedByFiveUnderARulerOfWeekNumbers() {
    let states: [WeekState] = [.ok, .ok, .partial, .copied, .template, .datedElsewhere, .unreadable, .missing]
    let a = Self.term("a", Dictionary(uniqueKeysWithValues: states.enumerated().map { ($0.offset + 1, $0.element) }))
    let b = Self.term("b", [1: .ok, 2: .ok])
    let strip = WeekStrip([a, b], ascii: false)
    #expect(strip.strip(a) == "●●◐◎○ ◇×·")
    #expect(strip.strip(b) == "●●       ")
    #expect(strip.ruler == "1     6")
    #expect(strip.hasBlanks([a, b]))
    #expect(WeekStrip([a, b], ascii: true).strip(a) == "##+ct dx.")
  }

  @Test func theRulerNamesTheWeeksShownEvenWithAGap() {
    let a = Self.term("a", Dictionary(uniqueKeysWithValues: (0...6).map { ($0, WeekState.ok) } + [(40, .ok)]))
    let strip = WeekStrip([a], ascii: false)
    #expect(strip.ruler == "0     5")
    #expect(strip.strip(a) == "●●●●● ●●●")
  }

  @Test func theLegendNamesEveryStateFromWeekStateLookAndNeverBreaksAnEntry() {
    let strip = WeekStrip([], ascii: false)
    let lines = strip.legend(width: 40, blanks: false)
    for state in WeekState.allCases {
      let look = WeekStateLook.of(state)
      #expect(lines.contains { $0.contains("\(look.symbol) \(look.label)") }, "\(state)")
    }
    #expect(lines.allSatisfy { WordWrap.width($0) <= 40 })
    #expect(lines.first?.hasPrefix("Legend: ● ok, ◐ partial,") == true)
    #expect(WeekStrip([], ascii: true).legend(width: 80, blanks: true).joined().contains("# ok, + partial"))
  }

  @Test(arguments: [
    ([:], false), (["LANG": "en_US.UTF-8"], true), (["LANG": "C"], false), (["LC_CTYPE": "vi_VN.utf8"], true),
    (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false), (["LC_ALL": "", "LC_CTYPE": "C.UTF-8"], true),
    (["LC_ALL": "POSIX", "LC_CTYPE": "C.UTF-8"], false),
  ])
  func theLocaleDecidesUTF8(_ variables: [String: String], _ utf8: Bool) {
    #expect(SummaryStyle.isUTF8(variables) == utf8)
  }
}
