import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// The sample site `worklogs/` is clean except for the flaws its README lists: linting it gives
/// exactly one finding per flaw, and nothing on the clean pages.
@Suite struct SampleSiteLintTests {
  static let root: String = {
    let parts = #filePath.split(separator: "/").dropLast(3)
    return "/" + parts.joined(separator: "/")
  }()

  @Test func eachDeliberateFlawGivesExactlyItsFinding() throws {
    let out = TextSink()
    let err = TextSink()
    let env = Environment(stdout: out, stderr: err, fileSystem: LocalFileSystem(), parallelism: 2)
    let site = SampleSiteLintTests.root + "/worklogs"
    let status = CLI.run(["lint", "--format", "json", site], env)
    #expect(status == .findings)  // the errors fail the run
    #expect(err.text.isEmpty)
    let prefix = site + "/content/1-Worklog/"
    let found = Set(try lines(out.text).map { "\($0.path.replacingOccurrences(prefix)):\($0.line) \($0.code)" })
    #expect(
      found == [
        "1.4-Week4/_index.md:22 WL303", "1.4-Week4/_index.vi.md:22 WL303",  // completion before start
        "1.6-Week6/_index.md:3 WL104",  // R Markdown date
        "1.7-Week7/_index.md:4 WL107", "1.7-Week7/_index.vi.md:4 WL107",  // weight 1 in week 7
        "1.9-Week9/_index.md:23 WL305", "1.9-Week9/_index.vi.md:23 WL305",  // 31/11/2025
        "1.10-Week10/_index.md:1 WL203",  // no achievements
        "1.11-Week11/_index.md:22 WL302", "1.11-Week11/_index.vi.md:22 WL302",  // unescaped |
      ])
  }

  /// `path`, `line` and `code` of each finding in `lint --format json` output (one per line).
  private func lines(_ json: String) throws -> [(path: String, line: Int, code: String)] {
    json.split(separator: "\n").filter { $0.contains("\"code\"") }.map { row in
      func field(_ name: String) -> String {
        guard let r = row.range(of: "\"\(name)\":") else { return "" }
        var value = row[r.upperBound...]
        if value.hasPrefix("\"") {
          value = value.dropFirst()
          return String(value.prefix { $0 != "\"" })
        }
        return String(value.prefix { $0.isNumber })
      }
      return (field("path"), Int(field("line")) ?? 0, field("code"))
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
