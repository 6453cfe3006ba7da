import Testing

@testable import WorklogKit

/// The file name the duplicate-week rule ranks pages by is the last non-empty part of the path,
/// whether the path is searched as bytes (ASCII) or split.
@Suite struct WeekDuplicateFileNameTests {
  @Test func theLastNonEmptyPartOfThePath() throws {
    let paths = [
      "site/content/1-Worklog/1.2-Week2/_index.md", "_index.vi.md", "a//b", "a/b/", "/", "", "tuần/Tuần 2.md",
      "x/e\u{0301}/", "//lead",
    ]
    for path in paths {
      let page = try #require(WorklogParser.parse(SourceFile(path: path, text: "# Week 1\n")).first)
      #expect(WeekDuplicateRule.fileName(page) == (path.split(separator: "/").last ?? ""), "\(path)")
    }
  }
}
