import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// A cohort of eight sites of five bilingual weeks, each site with its own flaws: more pages
/// than one worker takes at once, so sites finish in a different order on 1 and 4 cores.
let cohort: [String: String] = {
  var files: [String: String] = [:]
  for site in 1...8 {
    for week in 1...5 {
      let monday = 8 + 7 * (week - 1)  // September 2025, day of month (may run into October)
      let (day, month) = monday <= 30 ? (monday, 9) : (monday - 30, 10)
      let date = "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/2025"
      let weight = site % 3 == 0 && week == 2 ? 1 : week
      for (suffix, heading) in [("", "Week \(week) Objectives:"), (".vi", "Mục tiêu tuần \(week):")] {
        var page = """
          ---
          title: "Week \(week) Worklog"
          date: \(site == 5 ? "\"`r Sys.Date()`\"" : "2025-09-08")
          weight: \(weight)
          chapter: false
          pre: " <b> 1.\(week). </b> "
          ---

          ### \(heading)

          * Site \(site), week \(week)\(site == 2 && week == 4 ? " \u{1B}[1m" : "")

          | Day | Task | Start Date | Completion Date | Reference Material |
          | --- | --- | --- | --- | --- |
          | 2 | Study | \(date) | \(date) | [AWS](https://aws.amazon.com/) |

          """
        if site == 7 && week == 3 { page += "```\nunclosed\n" }
        if site == 4 { page += "<!-- worklog-disable-file WL9\(week)\(suffix.isEmpty ? 0 : 1) -->\n" }
        files["cohort/intern\(site)/content/1-Worklog/1.\(week)-Week\(week)/_index\(suffix).md"] = page
      }
    }
  }
  return files
}()

@Suite struct DeterminismTests {
  func run(_ arguments: [String], cores: Int) -> CommandRun {
    CommandRun(arguments, fileSystem: MemoryFileSystem(cohort), parallelism: cores)
  }

  @Test(arguments: [
    ["lint", "cohort", "--format", "json"], ["parse", "cohort", "--format", "jsonl"],
    ["lint", "cohort", "--format", "sarif"], ["lint", "cohort"],
    // `summary` (and `report`, built on its summaries) reads through the same per-site pipeline.
    ["summary", "cohort"], ["summary", "cohort", "--format", "json"], ["summary", "cohort", "--format", "csv"],
    ["summary", "cohort", "--week", "2"],
  ])
  func sameBytesWhateverTheNumberOfCores(_ arguments: [String]) {
    let one = run(arguments, cores: 1)
    let four = run(arguments, cores: 4)
    #expect(one.stdout.utf8.count > 200, "the cohort gives output: \(one.stdout.prefix(200))")
    #expect(one.stdout == four.stdout)
    #expect(one.stderr == four.stderr)
    #expect(one.status == four.status)
    // And the same again: nothing depends on the order threads happen to finish in.
    #expect(run(arguments, cores: 4).stdout == four.stdout)
    #expect(run(arguments, cores: 2).stdout == one.stdout)
  }

  @Test func cohortHasFindingsInManySites() {
    let json = run(["lint", "cohort", "--format", "json"], cores: 4).stdout
    for code in ["WL003", "WL004", "WL104", "WL107"] { #expect(json.contains(#""code":"\#(code)""#), "\(code)") }
    #expect(Set((1...8).filter { json.contains("cohort/intern\($0)/") }).count >= 5)
  }
}
