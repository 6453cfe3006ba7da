import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

/// `worklog status`: today's week from `programStart` or the site's dates, the week's pages in
/// each language, days logged and missing, the template, findings, last week, and the hint.
@Suite struct StatusCommandTests {
  typealias F = StatusFixtures

  /// A date of week `n` of the tests' programme: `weekday` 1 = Monday.
  static func day(_ n: Int, _ weekday: Int) -> CalendarDate { F.monday(n).adding(days: weekday - 1) }

  /// The run's JSON document, parsed, and its first site.
  static func json(_ files: [String: String], today: CalendarDate, _ extra: [String] = []) -> (
    JSONValue?, [String: JSONValue]
  ) {
    let run = CommandRun(["status", "site", "--format", "json"] + extra, files: files, today: today)
    let document = try? JSONText.parse(run.stdout)
    guard case .object(let root)? = document, case .array(let sites)? = root["sites"],
      case .object(let site)? = sites.first
    else { return (document, [:]) }
    return (document, site)
  }

  @Test func programStartPlacesTheWeekAndNamesTheMissingDay() {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2])
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 3))
    #expect(run.status == .success, "stderr: \(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "site: week 6, mon 2025-10-13 to sun 2025-10-19 (from programStart)")
    #expect(lines.contains("  today     wed 2025-10-15"))
    #expect(
      lines.contains("  en        content/1-Worklog/1.6-Week6/_index.md: 2 days logged (mon, tue); missing wed"))
    #expect(lines.last == "  next      worklog add \"...\" site --date today")
    #expect(lines.count <= 15)
  }

  @Test func withoutProgramStartTheSiteDatesCountOn() {
    let (_, site) = Self.json(F.weeks(5), today: Self.day(6, 3))
    #expect(site["week"] == .int(6))
    #expect(site["weekSource"] == .string("siteDates"))
    #expect(site["datedFrom"] == .int(5))
    #expect(site["weekStart"] == .string("2025-10-13"))
    #expect(site["next"] == .string("worklog new site"))
    let run = CommandRun(["status", "site"], files: F.weeks(5), today: Self.day(6, 3))
    #expect(
      run.stdout.hasPrefix(
        "site: week 6, mon 2025-10-13 to sun 2025-10-19 (counted on from the task dates of week 5)\n"))
    #expect(run.stdout.contains("  en        no page yet\n"))
  }

  @Test func oneWeekDatedInTheWrongYearDoesNotMoveTheCalendar() {
    var files = F.weeks(4)
    // Week 5's dates a year late, as a mistyped year would give.
    files[F.path(5)] = F.page(5, days: [1, 2]).replacingYear("2025", with: "2026")
    let (_, site) = Self.json(files, today: Self.day(6, 3))
    #expect(site["week"] == .int(6))
    #expect(site["datedFrom"] == .int(4))
  }

  @Test func aWeekWithEveryDayLoggedMissesNothing() {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2, 3, 4, 5])
    let (document, site) = Self.json(files, today: Self.day(6, 5))
    #expect(document != nil)
    guard case .array(let pages)? = site["pages"], case .object(let page)? = pages.first else {
      Issue.record("no pages")
      return
    }
    #expect(page["daysLogged"] == .array([1, 2, 3, 4, 5].map(JSONValue.int)))
    #expect(page["daysMissing"] == .array([]))
    #expect(page["template"] == .bool(false))
    #expect(page["exists"] == .bool(true))
    #expect(page["path"] == .string(F.path(6)))
    #expect(site["previousWeek"] == .null)
  }

  @Test func earlierMissingDaysAreNamedAndTheHintGivesTheFirstDate() {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 4])
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 4))
    #expect(run.stdout.contains("_index.md: 2 days logged (mon, thu); missing tue, wed\n"))
    #expect(run.stdout.contains("  next      worklog add \"...\" site --date 2025-10-14\n"))
  }

  @Test func aWeekWithNoPageAsksForNew() {
    let files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 2))
    #expect(run.stdout.contains("  en        no page yet\n"))
    #expect(run.stdout.contains("  next      worklog new site\n"))
    // Two weeks on, `new` (which makes the week after the highest) needs the week.
    let later = CommandRun(["status", "site"], files: files, today: Self.day(7, 2))
    #expect(later.stdout.contains("  next      worklog new site --week 7\n"))
    #expect(later.stdout.contains("  latest    week 5, 2 weeks before this one\n"))
    #expect(!later.stdout.contains("  week 6 "))
  }

  @Test func aTemplatePageIsNotFilledIn() {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2, 3, 4, 5], tasks: false)
      .replacingLine("* Get to know the services of week 6.", with: "* Describe your objectives for week 6.")
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 3))
    #expect(run.stdout.contains("_index.md: not filled in yet; 1 placeholder left from the template\n"))
    let (_, site) = Self.json(files, today: Self.day(6, 3))
    guard case .array(let pages)? = site["pages"], case .object(let page)? = pages.first else {
      Issue.record("no pages")
      return
    }
    #expect(page["template"] == .bool(true))
    #expect(page["placeholders"] == .int(1))
    #expect(page["daysMissing"] == .array([1, 2, 3].map(JSONValue.int)))
  }

  @Test func aMissingTwinIsShownAndCreatedByLanguage() {
    var files = F.programStart.merging(F.weeks(5, languages: ["en", "vi"])) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2, 3])
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 3))
    #expect(run.stdout.contains("  en        content/1-Worklog/1.6-Week6/_index.md: 3 days logged (mon, tue, wed)\n"))
    #expect(run.stdout.contains("  vi        no page yet\n"))
    #expect(run.stdout.contains("  next      worklog new site --week 6 --lang vi\n"))
  }

  @Test(arguments: [6, 7]) func aWeekendIsNotAWorkingDay(weekday: Int) {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2, 3, 4])
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, weekday))
    #expect(run.stdout.contains(", not a working day\n"))
    #expect(run.stdout.contains("_index.md: 4 days logged (mon, tue, wed, thu); missing fri\n"))
    #expect(run.stdout.contains("  next      worklog add \"...\" site --date 2025-10-17\n"))
    let (_, site) = Self.json(files, today: Self.day(6, weekday))
    #expect(site["workingDay"] == .bool(false))
  }

  @Test func beforeWeekOneTheFirstWeekIsShownWithNothingMissing() {
    var files = F.programStart
    files[F.path(1)] = F.page(1, days: [1], tasks: false)
    let today = F.start.adding(days: -3)
    let run = CommandRun(["status", "site"], files: files, today: today)
    #expect(run.stdout.hasPrefix("site: before week 1, which starts mon 2025-09-08 (from programStart)\n"))
    #expect(run.stdout.contains("  today     fri 2025-09-05, 3 days before week 1\n"))
    #expect(run.stdout.contains("_index.md: not filled in yet\n"))
    let (_, site) = Self.json(files, today: today)
    #expect(site["beforeStart"] == .bool(true))
    #expect(site["week"] == .int(1))
    #expect(site["previousWeek"] == .null)
  }

  @Test func afterTheLastWeekTheGapIsSaid() {
    let files = F.programStart.merging(F.weeks(3)) { a, _ in a }
    let today = CalendarDate(year: 2026, month: 12, day: 1)!
    let run = CommandRun(["status", "site"], files: files, today: today)
    #expect(run.stdout.hasPrefix("site: week 65, mon 2026-11-30 to sun 2026-12-06 (from programStart)\n"))
    #expect(run.stdout.contains("  latest    week 3, 62 weeks before this one\n"))
    #expect(run.stdout.contains("  next      worklog new site --week 65\n"))
  }

  @Test func neitherSourceGivesTheWeekAfterTheHighestNotDated() {
    var files: [String: String] = [:]
    for n in 1...3 { files[F.path(n)] = F.page(n, days: [1, 2], dated: false) }
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 3))
    #expect(
      run.stdout.hasPrefix(
        "site: week 4, not dated (no programStart and no task dates; the week after the highest)\n"))
    let (_, site) = Self.json(files, today: Self.day(6, 3))
    #expect(site["weekSource"] == .string("none"))
    #expect(site["weekStart"] == .null)
    #expect(site["next"] == .string("worklog new site"))
  }

  @Test func lastWeeksProblemsTakeOneLine() {
    var files = F.programStart.merging(F.weeks(4, languages: ["en", "vi"])) { a, _ in a }
    files[F.path(5)] = F.page(5, days: [1, 2, 3])
    files[F.path(6)] = F.page(6, days: [1])
    files[F.path(6, "vi")] = F.page(6, days: [1], language: "vi")
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 1))
    #expect(run.stdout.contains("  week 5    no Vietnamese page; 2 days missing (thu, fri)\n"))
  }

  @Test func aMissingLastWeekBelowTheLatestIsSaid() {
    var files = F.programStart.merging(F.weeks(4)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1])
    let run = CommandRun(["status", "site"], files: files, today: Self.day(6, 1))
    #expect(run.stdout.contains("  week 5    no page\n"))
  }

  @Test func theFindingsAreCountedAsLintCountsThem() {
    var files = F.programStart.merging(F.weeks(5)) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2, 3]).replacingLine("weight: 6", with: "weight: 2")
    let lint = CommandRun(["lint", "site", "--format", "json"], files: files)
    let findings = (try? JSONText.parse(lint.stdout)).flatMap { v -> [JSONValue]? in
      if case .array(let a) = v { return a } else { return nil }
    }
    let (_, site) = Self.json(files, today: Self.day(6, 3))
    guard case .object(let counts)? = site["findings"], let findings else {
      Issue.record("no counts")
      return
    }
    let total = ["errors", "warnings", "notes"].compactMap { k -> Int? in
      if case .int(let n)? = counts[k] { return n } else { return nil }
    }.reduce(0, +)
    #expect(total == findings.count)
    #expect(counts["warnings"] != .int(0))
  }

  @Test func aFolderOfSitesGivesOneBlockEach() {
    var files = F.weeks(5, site: "cohort/an")
    files.merge(F.weeks(3, site: "cohort/binh")) { a, _ in a }
    let run = CommandRun(["status", "cohort"], files: files, today: Self.day(6, 3))
    #expect(run.stdout.contains("cohort/an: week 6,"))
    #expect(run.stdout.contains("\n\ncohort/binh: week 6,"))
    #expect(run.stdout.contains("worklog new cohort/binh --week 6"))
  }

  @Test func theJSONMatchesItsSchema() {
    var files = F.programStart.merging(F.weeks(5, languages: ["en", "vi"])) { a, _ in a }
    files[F.path(6)] = F.page(6, days: [1, 2])
    for today in [Self.day(6, 3), Self.day(6, 6), F.start.adding(days: -1), Self.day(40, 2)] {
      let (document, site) = Self.json(files, today: today)
      guard let document else {
        Issue.record("not JSON")
        continue
      }
      #expect(SchemaValidator.violations(document, StatusSchema.schema) == [])
      #expect(site["site"] == .string("site"))
      #expect(site["languages"] == .array([.string("en"), .string("vi")]))
      if case .object(let root) = document {
        #expect(root["schemaVersion"] == .int(StatusJSON.schemaVersion))
        #expect(root["today"] == .string(today.description))
      }
    }
    #expect(SchemaValidator.keywords(StatusSchema.schema).subtracting(SchemaValidator.knownKeywords).isEmpty)
  }

  @Test func schemaStatusPrintsTheSchema() throws {
    let run = CommandRun(["schema", "status"])
    #expect(run.status == .success)
    #expect(try JSONText.parse(run.stdout) == StatusSchema.schema)
  }

  @Test func usageAndPathErrorsExitTwo() {
    #expect(CommandRun(["status", "site", "--format", "xml"], files: F.weeks(2)).status == .failure)
    #expect(CommandRun(["status", "nowhere"], files: F.weeks(2)).status == .failure)
    var bad = F.weeks(2)
    bad["site/.worklog.json"] = "{ \"programStart\": \"2025-09-09\" }\n"
    let run = CommandRun(["status", "site"], files: bad)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("must be a Monday"))
    #expect(run.stdout.isEmpty)
  }

  @Test func configOptionSetsProgramStart() {
    var files = F.weeks(5)
    files["elsewhere.json"] = "{ \"programStart\": \"2025-09-15\" }\n"
    let (_, site) = Self.json(files, today: Self.day(6, 3), ["--config", "elsewhere.json"])
    #expect(site["weekSource"] == .string("programStart"))
    #expect(site["week"] == .int(5))
  }
}

extension String {
  /// The text with one line replaced (the tests' fixtures are ours, so the line is known).
  func replacingLine(_ line: String, with new: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { $0 == line ? new : String($0) }.joined(
      separator: "\n")
  }

  /// The text with every `old` year replaced.
  func replacingYear(_ old: String, with new: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.firstRange(of: old) {
      out += rest[..<r.lowerBound] + new
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}

/// The example in the README's `status` section is this run's output.
@Suite struct StatusReadmeExampleTests {
  @Test func theReadmeExampleIsWhatStatusPrints() {
    typealias F = StatusFixtures
    var files = F.programStart.merging(F.weeks(4, languages: ["en", "vi"])) { a, _ in a }
    files[F.path(5)] = F.page(5, days: [1, 2, 3, 4])
    files[F.path(5, "vi")] = F.page(5, days: [1, 2, 3, 4], language: "vi")
    files[F.path(6)] = F.page(6, days: [1, 2])
    let run = CommandRun(["status", "site"], files: files, today: F.monday(6).adding(days: 2))
    #expect(
      run.stdout == """
        site: week 6, mon 2025-10-13 to sun 2025-10-19 (from programStart)
          today     wed 2025-10-15
          en        content/1-Worklog/1.6-Week6/_index.md: 2 days logged (mon, tue); missing wed
          vi        no page yet
          findings  0 errors, 0 warnings, 1 note on the site (1 on this week's pages)
          week 5    1 day missing (fri)
          next      worklog new site --week 6 --lang vi

        """)
  }
}
