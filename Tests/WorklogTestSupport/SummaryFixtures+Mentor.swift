@testable import WorklogKit

/// A small cohort with one week of each state, for the mentor's view (the strip, the needs-a-look
/// list, `--week N` over sites). The program starts Monday 2025-09-08, so on the harness's
/// Wednesday 2025-10-15 weeks 1 to 5 are due.
/// - an (`an__fcj-worklog`): weeks 1 and 2 ok; week 3 partial (two days logged); week 4 a copy of
///   week 2's tasks; week 5 still the template (empty task rows).
/// - binh (`binh__worklog`): weeks 1 and 2 ok, then nothing (weeks 3 to 5 missing).
/// - the third site, named `Chi Tran` in its `.worklog.json` under a long folder name: weeks 1
///   to 4 ok, week 5 dated a year early.
extension SummaryFixtures {
  /// Five task texts of the intern's own for week `n` of a site, distinct from every other week.
  static func tasks(_ site: String, _ n: Int) -> [String] {
    [
      "Read the \(site) guide to service number \(n)", "Sketch a diagram of lab \(n) for \(site)",
      "Build the lab \(n) stack by hand", "Write down what lab \(n) taught \(site)",
      "Tear down lab \(n) and check the bill",
    ]
  }

  /// Week `n` logged on the first `days` working days of the week starting `monday`, a task a day.
  static func mentorWeek(_ n: Int, _ tasks: [String], days: Int = 5, monday: CalendarDate) -> String {
    let rows = (0..<days).map { i -> String in
      let d = monday.adding(days: i)
      let dmy = "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
      return row("\(i + 2)", tasks[i % tasks.count], dmy, dmy)
    }
    return page(week: n, objectives: ["Finish lab \(n)"], rows: rows, achievements: ["Lab \(n) done"])
  }

  /// Week `n`'s Monday in the program.
  static func programMonday(_ n: Int) -> CalendarDate { monday.adding(days: 7 * (n - 1)) }

  /// The cohort's files below `mentor/`.
  package static var mentor: [String: String] {
    var files: [String: String] = [
      "mentor/.worklog.json": "{ \"programStart\": \"2025-09-08\" }\n"
    ]
    let an = "mentor/an__fcj-worklog"
    for n in 1...2 { files[path(an, n)] = mentorWeek(n, tasks("an", n), monday: programMonday(n)) }
    files[path(an, 3)] = mentorWeek(3, tasks("an", 3), days: 2, monday: programMonday(3))
    files[path(an, 4)] = mentorWeek(4, tasks("an", 2), monday: programMonday(4))
    files[path(an, 5)] = page(
      week: 5, objectives: ["Finish lab 5"],
      rows: (2...6).map { row("\($0)", "", "", "") }, achievements: ["Lab 5 done"])
    let binh = "mentor/binh__worklog"
    for n in 1...2 { files[path(binh, n)] = mentorWeek(n, tasks("binh", n), monday: programMonday(n)) }
    let chi = "mentor/chi-tran-first-internship-worklog-on-amazon-web-services"
    files[chi + "/.worklog.json"] = "{ \"displayName\": \"Chi Tran\" }\n"
    for n in 1...4 { files[path(chi, n)] = mentorWeek(n, tasks("chi", n), monday: programMonday(n)) }
    files[path(chi, 5)] = mentorWeek(5, tasks("chi", 5), monday: programMonday(5).adding(days: -364))
    return files
  }
}
