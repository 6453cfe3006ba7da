import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct LanguageChoiceTests {
  typealias F = SummaryFixtures

  /// Week 1 in both languages, week 2 only in Vietnamese, week 3 only in English.
  static let files: [String: String] = [
    F.path("s", 1): F.page(week: 1, title: "Week 1", rows: nil),
    F.path("s", 1, "vi"): F.page(week: 1, title: "Tuần 1", rows: nil),
    F.path("s", 2, "vi"): F.page(week: 2, title: "Tuần 2", rows: nil),
    F.path("s", 3): F.page(week: 3, title: "Week 3", rows: nil),
  ]

  @Test func byDefaultEachWeekShowsItsEnglishPageElseTheOneItHas() {
    let terms = F.terms(Self.files)
    #expect(terms.count == 1)
    #expect(terms[0].weeks.map(\.title) == ["Week 1", "Tuần 2", "Week 3"])
    #expect(terms[0].weeks[1].notes.first == "no en page; showing vi")
    #expect(terms[0].languages == ["en", "vi"])
  }

  @Test func aVietnameseOnlySiteIsShownInVietnameseWithoutNotes() {
    let terms = F.terms([F.path("s", 1, "vi"): F.page(week: 1, title: "Tuần 1", rows: nil)])
    #expect(terms[0].weeks.map(\.language) == ["vi"])
    #expect(terms[0].weeks[0].notes == ["no task table"])
  }

  @Test func onlyOneLanguageMakesTheOthersMissingWithANote() {
    let terms = F.terms(Self.files, options: SummaryOptions(language: .only("vi")))
    #expect(terms[0].weeks.map(\.title) == ["Tuần 1", "Tuần 2", nil])
    #expect(terms[0].weeks[2].status == .missing)
    #expect(terms[0].weeks[2].notes == ["no vi page; there is one in en"])
    #expect(terms[0].languages == ["vi"])
    #expect(terms[0].totals.weeksMissing == [3])
  }

  @Test func allGivesOneSummaryPerLanguage() {
    let terms = F.terms(Self.files, options: SummaryOptions(language: .all))
    #expect(terms.map(\.languages) == [["en"], ["vi"]])
    #expect(terms[0].weeks.map(\.status) == [.noTable, .missing, .noTable])
    #expect(terms[1].weeks.map(\.status) == [.noTable, .noTable, .missing])
  }
}

@Suite struct DuplicateWeekTests {
  typealias F = SummaryFixtures

  /// Hugo's unsuffixed page is Vietnamese here (its twin is `.en.md`), though written in English
  /// words: the site says so, so the week has one page per language, not two English ones.
  @Test func aLanguageFromThePathBeatsOneGuessedFromTheText() throws {
    let files = [
      "s/content/1-Worklog/1.9-Week9.md": F.page(week: 9, title: "Nhật ký tuần 9", rows: nil),
      // Sorts after the unsuffixed page, so path order alone would pick the wrong one.
      "s/content/1-Worklog/2-English/week9.en.md": F.page(week: 9, title: "Week 9", rows: nil),
    ]
    let week = try #require(F.terms(files)[0].week(9))
    #expect(week.title == "Week 9")
    #expect(!week.notes.contains { $0.hasPrefix("2 en pages") })
  }
}
