import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The repository's own sample site (`worklogs/`), read from disk: its twelve bilingual weeks parse,
/// validate against the schema, and show its six deliberate flaws in the model.
@Suite struct SampleSiteTests {
  /// `worklogs/` next to `Tests/`, found from this file's path.
  private static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    parts.removeLast(4)  // Parsing/SampleSiteTests.swift, WorklogKitTests, Tests
    return parts.joined(separator: "/") + "/worklogs"
  }()

  private static func site() throws -> Site {
    let fs = LocalFileSystem()
    let found = Discovery(fileSystem: fs).find([root])
    var sites: [Site] = []
    PageLoader(fileSystem: fs, parallelism: 2).forEachSite(found.pages) { sites.append($0) }
    try #require(sites.count == 1)
    return sites[0]
  }

  private func page(_ site: Site, week: Int, _ language: String) throws -> Worklog {
    try #require(site.pages(week: week).first { $0.language.code == language })
  }

  @Test func twelveWeeksInTwoLanguages() throws {
    let site = try Self.site()
    #expect(site.weekNumbers == Array(1...12))
    #expect(site.languages == ["en", "vi"])
    #expect(site.weeks.count == 24)
    #expect(site.overviews.count == 2)
    #expect(site.errors.isEmpty)
  }

  @Test func everyDocumentValidates() throws {
    for page in try Self.site().pages {
      #expect(SchemaValidator.violations(DocumentJSON.document(page), DocumentSchema.schema) == [], "\(page.path)")
    }
  }

  @Test func cleanWeeksReadFully() throws {
    let site = try Self.site()
    for page in site.weeks where page.week.number != 10 || page.language.code == "vi" {
      #expect(!page.objectives.isEmpty, "\(page.path)")
      #expect(!page.achievements.isEmpty, "\(page.path)")
      #expect(page.tasks?.dateOrder?.order == .dayFirst, "\(page.path)")
      #expect(page.tasks?.dayNumbering ?? .vietnamese == .vietnamese, "\(page.path)")
      for row in page.tasks?.rows ?? [] where page.week.number != 9 {
        #expect(row.startDate?.weekday == row.weekday, "\(page.path):\(row.line)")
      }
    }
  }

  @Test func theSixDeliberateFlawsAreVisible() throws {
    let site = try Self.site()
    // 1: completion before start.
    let week4 = try #require(page(site, week: 4, "en").tasks?.rows.first { $0.line == 22 })
    #expect(week4.startDate == day(2025, 10, 1))
    #expect(week4.endDate == day(2025, 9, 30))
    // 2: an R Markdown leftover date, English only.
    #expect(try page(site, week: 6, "en").date == nil)
    #expect(try page(site, week: 6, "en").frontMatter["date"]?.raw == "\"`r Sys.Date()`\"")
    #expect(try page(site, week: 6, "vi").date == day(2025, 10, 13))
    // 3: the template's weight in week 7; the path still decides the week.
    #expect(try page(site, week: 7, "en").week.evidence.first { $0.source == .weight }?.value == 1)
    #expect(try page(site, week: 7, "vi").week.source == .path)
    // 4: 31/11/2025 does not exist.
    let week9 = try #require(page(site, week: 9, "vi").tasks?.rows.first { $0.line == 23 })
    #expect(week9.end?.problem == .noSuchDay)
    #expect(week9.end?.raw.value == "31/11/2025")
    // 5: no achievements in English week 10.
    #expect(try page(site, week: 10, "en").achievements.isEmpty)
    #expect(try page(site, week: 10, "en").section(.achievements) == nil)
    // 6: an unescaped | in week 11, merged back into the task.
    let week11 = try #require(page(site, week: 11, "en").tasks)
    #expect(week11.raggedRows.map { week11.rows[$0.row].line } == [22])
    let row = try #require(week11.rows.first { $0.line == 22 })
    #expect(row.task?.value.text.contains("ALB | NLB") == true)
    #expect(row.startDate == day(2025, 11, 20))
  }
}
