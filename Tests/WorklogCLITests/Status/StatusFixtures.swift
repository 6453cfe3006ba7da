@testable import WorklogKit

/// Small sites for the `status` tests, written in our own words: week pages in the program's
/// folder layout, each with a task table dated in ISO.
enum StatusFixtures {
  /// Week 1's Monday in the tests' programme.
  static let start = CalendarDate(year: 2025, month: 9, day: 8)!

  /// The Monday of week `n`.
  static func monday(_ n: Int) -> CalendarDate { start.adding(days: 7 * (n - 1)) }

  /// The path of week `n`'s page in `language` under `site`.
  static func path(_ n: Int, _ language: String = "en", site: String = "site") -> String {
    "\(site)/content/1-Worklog/1.\(n)-Week\(n)/_index\(language == "en" ? "" : ".\(language)").md"
  }

  /// A week page whose task rows log `days` (ISO weekdays) with tasks dated that day; `tasks`
  /// false leaves every task cell empty, as a fresh template does.
  static func page(_ n: Int, days: [Int], language: String = "en", dated: Bool = true, tasks: Bool = true) -> String {
    let (objectives, work, done) =
      language == "vi"
      ? ("Mục tiêu tuần \(n)", "Công việc tuần \(n)", "Kết quả tuần \(n)")
      : ("Week \(n) Objectives", "Week \(n) Tasks", "Week \(n) Achievements")
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let rows = days.map { d -> String in
      let date = dated ? monday(n).adding(days: d - 1).description : ""
      let task = tasks ? "Worked through lab \(n).\(d) on the console" : ""
      return "| \(names[d - 1]) | \(task) | \(date) | \(date) | |"
    }
    return """
      ---
      title: "Week \(n) Worklog"
      weight: \(n)
      chapter: false
      pre: " <b> 1.\(n). </b> "
      ---

      ### \(objectives):

      * Get to know the services of week \(n).

      ### \(work):

      | Day | Task | Start Date | Completion Date | Reference Material |
      | --- | --- | --- | --- | --- |
      \(rows.joined(separator: "\n"))

      ### \(done):

      * Finished the labs planned for week \(n).

      """
  }

  /// Weeks `1...last`, each logged Monday to Friday, in `languages`.
  static func weeks(_ last: Int, languages: [String] = ["en"], site: String = "site") -> [String: String] {
    var files: [String: String] = [:]
    for n in 1...max(1, last) where last >= 1 {
      for language in languages {
        files[path(n, language, site: site)] = page(n, days: [1, 2, 3, 4, 5], language: language)
      }
    }
    return files
  }

  /// `.worklog.json` with `programStart` set to week 1's Monday.
  static let programStart = ["site/.worklog.json": "{ \"programStart\": \"\(start)\" }\n"]
}
