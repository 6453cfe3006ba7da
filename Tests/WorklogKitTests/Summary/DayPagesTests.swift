import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The pages a week keeps inside its folder, a page per day, counted as the nested reading did.
@Suite struct DayPagesTests {
  /// The old reading: every other page of the site asked, for each week page, whether its path
  /// opens with the week's folder and its language is the week's.
  static func nested(_ site: Site) -> [String: Int] {
    var out: [String: Int] = [:]
    for page in site.weeks {
      guard let slash = page.path.lastIndex(of: "/") else { continue }
      let folder = page.path[...slash]
      let code = site.languageCode(of: page)
      let inside = site.others.filter { $0.path.hasPrefix(folder) && site.languageCode(of: $0) == code }.count
      if inside > 0 { out[page.path] = inside }
    }
    return out
  }

  static func week(_ n: Int) -> String {
    "---\ntitle: \"Week \(n)\"\nweight: \(n)\n---\n### Week \(n) Objectives\n- a\n"
  }
  static func day(_ n: Int) -> String { "---\ntitle: \"Day \(n) - notes\"\nweight: \(n)\n---\nNotes of the day.\n" }

  @Test func dayPagesAreCountedPerWeekFolderAndLanguage() {
    // ASCII folders, Vietnamese ones (composed and decomposed), a folder whose name opens with
    // another's (`Week1` and `Week10`), and Vietnamese twins.
    let weeks = [
      "1.1-Week1", "1.10-Week10", "1.2-Tuần2", "1.3-Tua\u{0300}n3", "1.4-Week4",
    ]
    var files: [String: String] = [:]
    for (i, folder) in weeks.enumerated() {
      let n = [1, 10, 2, 3, 4][i]
      files["s/content/1-Worklog/\(folder)/_index.md"] = Self.week(n)
      files["s/content/1-Worklog/\(folder)/_index.vi.md"] = Self.week(n)
      let number = folder.prefix { $0 != "-" }
      for d in 0..<(i % 3 + 1) {
        let day = "s/content/1-Worklog/\(folder)/\(number).\(d + 1)-Day\(5 * n + d)/_index"
        files[day + ".md"] = Self.day(5 * n + d)
        if d == 0 { files[day + ".vi.md"] = Self.day(5 * n + d) }
      }
    }
    files["s/content/1-Worklog/notes.md"] = Self.day(1)
    let site = SummaryFixtures.site(files)
    let counted = SummaryBuilder.dayPages(site)
    #expect(counted == Self.nested(site))
    #expect(counted.values.contains { $0 >= 2 })
    // Week 1's folder holds one day page in English; week 10's `1.10-Week10/` is not inside it.
    let first = site.weeks.first { $0.path.hasSuffix("/1.1-Week1/_index.md") }
    #expect(first.flatMap { counted[$0.path] } == 1, "\(counted)")
  }
}
