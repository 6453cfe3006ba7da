import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

/// `summary --format csv`: goldens, quoting, and one column count on every record.
@Suite struct SummaryCSVTests {
  typealias F = SummaryFixtures

  /// A site whose configured name and tasks hold everything CSV must quote or neutralise: commas,
  /// double quotes, a `<br>` line break, an escape character, and tasks starting with `=`, `+`,
  /// `@` and `-`.
  static let awkward: [String: String] = {
    func day(_ n: Int) -> String {
      let d = F.monday.adding(days: n)
      return "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
    }
    let firsts = [
      "Compare \"ALB, NLB\" and the rest, then test<br>Write it up", "=SUM(A1)", "+1 lab on VPC",
      "@cmd /c start", "-2 days behind, caught up \u{1B}[31mlater\u{1B}[0m",
    ]
    var files = ["csv/ngoc__worklog/.worklog.json": "{ \"displayName\": \"Ngọc, \\\"Bé\\\" Trần\" }\n"]
    for (i, first) in firsts.enumerated() {
      let week = i + 1
      let rows =
        [F.row("2", first, day(7 * i), day(7 * i))]
        + (1..<5).map { k in
          F.row("\(k + 2)", "Lab \(k) of week \(week)", day(7 * i + k), day(7 * i + k))
        }
      files[F.path("csv/ngoc__worklog", week)] = F.page(
        week: week, objectives: ["Learn, then \"apply\""], rows: rows, achievements: ["Done"])
    }
    return files
  }()

  static func csv(_ arguments: [String], _ fileSystem: any FileSystem) -> CommandRun {
    CommandRun(["summary"] + arguments + ["--format", "csv"], fileSystem: fileSystem)
  }

  @Test func quotingGolden() {
    let run = Self.csv(["csv"], MemoryFileSystem(Self.awkward))
    #expect(run.status == .success, "stderr: \(run.stderr)")
    Golden.check(run.stdout, "summary-csv-quoting.csv")
    let records = CSVText.records(run.stdout)
    #expect(records.count == 6)
    #expect(records.allSatisfy { $0.count == SummaryCSV.columns.count })
    let column = { (name: String) in SummaryCSV.columns.firstIndex(of: name) ?? 0 }
    #expect(records.dropFirst().allSatisfy { $0[column("site")] == "Ngọc, \"Bé\" Trần" })
    #expect(
      records.dropFirst().map { $0[column("firstTask")] } == [
        "Compare \"ALB, NLB\" and the rest, then test", "'=SUM(A1)", "'+1 lab on VPC", "'@cmd /c start",
        "'-2 days behind, caught up \\x1B[31mlater\\x1B[0m",
      ])
    #expect(!run.stdout.unicodeScalars.contains("\u{1B}"))
    #expect(run.stdout.hasPrefix(SummaryCSV.columns.joined(separator: ",") + "\r\n"))
  }

  @Test func internsCohortGolden() {
    let run = Self.csv(["interns", "--sort", "missing"], SummaryFixtures.internsFileSystem)
    #expect(run.status == .failure)
    Golden.check(run.stdout, "summary-interns-cohort.csv")
    let records = CSVText.records(run.stdout)
    #expect(records.allSatisfy { $0.count == SummaryCSV.columns.count })
    // One record per site per week, after the header: the JSON's weeks, in its order.
    let json = CommandRun(
      ["summary", "interns", "--sort", "missing", "--format", "json"], fileSystem: SummaryFixtures.internsFileSystem)
    guard case .object(let root)? = try? JSONText.parse(json.stdout), case .array(let sites)? = root["sites"] else {
      Issue.record("no JSON")
      return
    }
    var expected: [[String]] = []
    for case .object(let site) in sites {
      guard case .array(let weeks)? = site["weeks"] else { continue }
      for case .object(let week) in weeks {
        expected.append([site["site"], week["week"], week["state"]].map { $0?.serialized() ?? "" })
      }
    }
    let column = { (name: String) in SummaryCSV.columns.firstIndex(of: name) ?? 0 }
    let got = records.dropFirst().map { r in
      ["\"\(r[column("folder")])\"", r[column("week")], "\"\(r[column("state")])\""]
    }
    #expect(got == expected)
  }

  @Test func oneWeekGivesOneRecordPerSite() {
    let run = Self.csv(["interns", "--week", "1"], SummaryFixtures.internsFileSystem)
    let records = CSVText.records(run.stdout)
    #expect(records.count == 4)
    #expect(records.dropFirst().allSatisfy { $0[SummaryCSV.columns.firstIndex(of: "week") ?? 0] == "1" })
  }

  @Test func noSiteGivesTheHeaderAlone() {
    #expect(SummaryCSV.render(CohortSummary(sites: [])) == SummaryCSV.columns.joined(separator: ",") + "\r\n")
  }
}

/// A strict RFC 4180 reader for the tests: records of fields, CRLF-ended.
enum CSVText {
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var atStart = true
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append("\"")
            chars = chars.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"" where atStart:
        quoted = true
        atStart = false
      case ",":
        record.append(field)
        field = ""
        atStart = true
      case "\r" where chars.first == "\n":
        chars = chars.dropFirst()
        record.append(field)
        records.append(record)
        (record, field, atStart) = ([], "", true)
      default:
        field.unicodeScalars.append(c)
        atStart = false
      }
    }
    if !record.isEmpty || !field.isEmpty { records.append(record + [field]) }
    return records
  }
}
