import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A calendar date that the test knows exists.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
  CalendarDate(year: year, month: month, day: day)!
}

/// Parses `text` as the page at `path` and returns its one worklog.
func onePage(_ text: String, path: String = weekThreePath, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  throws -> Worklog
{
  let pages = WorklogParser.parse(SourceFile(path: path, text: text))
  try #require(pages.count == 1, sourceLocation: sourceLocation)
  return pages[0]
}

/// Parses a page whose body is `body` under a tasks heading, and returns its task table.
func taskTable(
  _ table: String, frontMatter: String = "", path: String = weekThreePath,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> TaskTable {
  let fm = frontMatter.isEmpty ? "" : "---\n\(frontMatter)\n---\n"
  let page = try onePage(
    "\(fm)### Tasks to be carried out this week:\n\n\(table)\n", path: path, sourceLocation: sourceLocation)
  return try #require(page.tasks, sourceLocation: sourceLocation)
}

/// The front matter of `text`.
func frontMatter(_ text: String) -> FrontMatter {
  FrontMatterScanner.scan(SourceFile(path: "p.md", text: text))
}

/// The one entry's value for `key` in the front matter of `text`.
func frontMatterValue(_ text: String, _ key: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
  -> FrontMatterValue
{
  try #require(frontMatter(text)[key], sourceLocation: sourceLocation).value.value
}

/// A five-column task table header of the FCJ template, English.
let templateHeader = """
  | Day | Task | Start Date | Completion Date | Reference Material |
  | --- | ---- | ---------- | --------------- | ------------------ |
  """
