import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct HTMLReportTests {
  let cohort = ReportFixtures.cohort()
  let page = ReportFixtures.page()

  /// The text of every match of `regex`'s first capture in `text`.
  static func captures(_ regex: Regex<(Substring, Substring)>, in text: String) -> [String] {
    text.matches(of: regex).map { String($0.output.1) }
  }

  /// The heatmap table's markup.
  var grid: Substring {
    guard let start = page.firstRange(of: "<table id=\"grid\""),
      let end = page[start.lowerBound...].firstRange(of: "</table>")
    else { return "" }
    return page[start.lowerBound..<end.upperBound]
  }

  var weeks: [Int] { Set(cohort.sites.flatMap { $0.weeks.map(\.week) }).sorted() }

  @Test func isOneSelfContainedPage() {
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(
      page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
      ))
    #expect(page.matches(of: /<[a-zA-Z][^>]*\ssrc=/).isEmpty, "nothing is loaded from a src")
    // The one link is an empty icon, so a browser asks no server for /favicon.ico.
    #expect(Self.captures(/<link ([^>]*)>/, in: page) == ["rel=\"icon\" href=\"data:,\""])
    #expect(!page.contains("<img"))
    #expect(!page.contains("@import"))
    #expect(!page.contains("url("))
    #expect(page.matches(of: /<script/).count == 1, "only the report's own script")
    for link in page.matches(of: /<a href="(https?:[^"]*)"([^>]*)>/) {
      #expect(link.output.2 == " rel=\"noopener noreferrer\"", "\(link.output.0)")
    }
  }

  @Test func theHeaderSaysDateVersionCountsAndLegend() {
    #expect(page.contains("Generated 2025-10-15 by worklog 9.9.9. 2 sites."))
    let states = cohort.sites.reduce(into: [WeekState: Int]()) { out, t in
      for (s, n) in t.totals.states { out[s, default: 0] += n }
    }
    for state in WeekState.allCases {
      let look = WeekStateLook.of(state)
      #expect(page.contains("\(look.label)</strong>: \(look.meaning)</li>"), "legend of \(state)")
      #expect(page.contains("\(look.letter)</span>\(look.label): \(states[state] ?? 0)</li>"), "count of \(state)")
      #expect(ReportStyle.css.contains(".k-\(state.rawValue){background-color:\(look.colour);color:\(look.ink)}"))
    }
  }

  @Test func theHeatmapHasAHeaderPerWeekARowPerSiteAndACellPerWeek() {
    let grid = String(grid)
    #expect(grid.contains("<caption>"))
    let heads = Self.captures(/<th scope="col" data-t="week (\d+)">/, in: grid)
    #expect(heads == weeks.map(String.init))
    #expect(grid.matches(of: /<th scope="row">/).count == cohort.sites.count)
    #expect(grid.matches(of: /<tr id="r\d+"/).count == cohort.sites.count)
    var shown = 0
    for (i, term) in cohort.sites.enumerated() {
      #expect(grid.contains("title=\"\(term.site.root)\">\(term.displayName)</a></th>"))
      for week in term.weeks {
        let look = WeekStateLook.of(week.state)
        let cell =
          "<td class=\"k-\(week.state.rawValue)\"><a href=\"#s\(i + 1)-w\(week.week)\" aria-label=\"\(HTMLEscape.text(ReportCells.label(week)))\">\(look.letter)</a></td>"
        #expect(grid.contains(cell), "\(cell)")
        shown += 1
      }
    }
    #expect(grid.matches(of: /<td class="k-/).count == shown)
    #expect(grid.matches(of: /<td class="n">/).count == cohort.sites.count * weeks.count - shown)
    // The fixture has each kind it is built for.
    #expect(grid.contains("<td class=\"k-missing\">"))
    #expect(grid.contains("<td class=\"k-template\">"))
    #expect(grid.contains("<td class=\"k-ok\">"))
    // The owner of `owner__repo` is the name shown.
    #expect(grid.contains(">beta</a></th>"))
  }

  @Test func everyLinkInThePageHasItsAnchor() {
    let ids = Set(Self.captures(/\sid="([^"]+)"/, in: page))
    let targets = Self.captures(/href="#([^"]+)"/, in: page)
    #expect(!targets.isEmpty)
    for target in targets { #expect(ids.contains(target), "no id for #\(target)") }
    for (i, term) in cohort.sites.enumerated() {
      #expect(ids.contains("s\(i + 1)"))
      for week in term.weeks { #expect(ids.contains("s\(i + 1)-w\(week.week)")) }
    }
    for n in weeks { #expect(ids.contains("w\(n)")) }
    #expect(ids.count == Self.captures(/\sid="([^"]+)"/, in: page).count, "ids are unique")
  }

  @Test func thePerWeekSectionHasARowForEverySiteWithThatWeek() {
    for n in weeks {
      guard let start = page.firstRange(of: "<section id=\"w\(n)\">"),
        let end = page[start.upperBound...].firstRange(of: "</section>")
      else {
        Issue.record("no section for week \(n)")
        continue
      }
      let section = page[start.lowerBound..<end.upperBound]
      let expected = cohort.sites.filter { $0.week(n) != nil }.count
      #expect(section.matches(of: /<tr data-s="\d+">/).count == expected, "week \(n)")
    }
  }

  @Test func theTimelineHasSevenDaysPerWeekFilledWhereTasksAre() {
    guard let alpha = cohort.sites.first(where: { $0.site.name == "alpha" }) else {
      Issue.record("no alpha")
      return
    }
    let svg = DayTimeline.svg(ReportEntry(index: 1, term: alpha, perLanguage: false))
    #expect(svg.matches(of: /<rect\s/).count == 7 * alpha.weeks.count)
    #expect(svg.matches(of: /class="on"/).count == alpha.weeks.map(\.dates.count).reduce(0, +))
    #expect(svg.matches(of: /<g\s/).count == alpha.weeks.count)
    #expect(svg.contains("<title>week 1: ok, 5 days logged, 2025-09-08 to 2025-09-14</title>"))
  }

  @Test func valuesFromPagesAreTextNeverMarkup() {
    #expect(!page.contains(ReportFixtures.script))
    #expect(!page.contains(ReportFixtures.breakOut))
    #expect(!page.contains("href=\"javascript"))
    #expect(!page.contains("onerror=alert(1)>"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(page.contains("click (javascript:alert(1))"))
    #expect(page.contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">ok</a>"))
  }

  @Test func printsWithoutControlsAndWithAPageBreakPerSite() {
    guard let print = ReportStyle.css.firstRange(of: "@media print{") else {
      Issue.record("no print stylesheet")
      return
    }
    let rules = ReportStyle.css[print.upperBound...]
    #expect(rules.contains("#controls,nav{display:none}"))
    #expect(rules.contains(".site{break-before:page}"))
    // Sections off screen are laid out only when scrolled to, but all of them when printed.
    #expect(ReportStyle.css.contains(".site,main>section[id^=\"w\"]{content-visibility:auto;"))
    #expect(rules.contains(".site,main>section{content-visibility:visible}"))
    #expect(ReportScript.javascript.contains("beforeprint"))
    #expect(page.contains("<p id=\"controls\" hidden>"), "the filter shows only when the script runs")
  }
}
