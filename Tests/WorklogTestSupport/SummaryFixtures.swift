@testable import WorklogKit

/// Small FCJ-style week pages written for the summary tests, and sites built from them in memory.
package enum SummaryFixtures {
  /// A task row: Day, Task, Start, Completion, Reference.
  package static func row(_ day: String, _ task: String, _ start: String, _ end: String, _ reference: String = "")
    -> String
  {
    "| \(day) | \(task) | \(start) | \(end) | \(reference) |"
  }

  /// A week page; `rows: nil` leaves the task table out, `weight` defaults to the week.
  package static func page(
    week: Int, title: String? = nil, objectives: [String] = ["Learn one thing"], rows: [String]?,
    achievements: [String] = ["Learnt one thing"], weight: Int? = nil
  ) -> String {
    var lines = [
      "---", "title: \"\(title ?? "Week \(week) Worklog")\"", "weight: \(weight ?? week)", "chapter: false",
      "pre: \" <b> 1.\(week). </b> \"", "---", "",
    ]
    lines += ["### Week \(week) Objectives:", ""] + objectives.map { "* \($0)" } + [""]
    if let rows {
      lines += ["### Tasks to be carried out this week:", ""]
      lines += [
        "| Day | Task | Start Date | Completion Date | Reference Material |", "| --- | --- | --- | --- | --- |",
      ]
      lines += rows + [""]
    }
    lines += ["### Week \(week) Achievements:", ""] + achievements.map { "* \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The path of week `n`'s page in a site, in `language` (`en` is unsuffixed).
  package static func path(_ site: String, _ n: Int, _ language: String = "en") -> String {
    "\(site)/content/1-Worklog/1.\(n)-Week\(n)/_index\(language == "en" ? "" : "." + language).md"
  }

  /// The sites formed by `files`; each path in `unreadable` is listed but cannot be read.
  package static func sites(_ files: [String: String], unreadable: [String] = []) -> [Site] {
    let loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 1)
    var sites: [Site] = []
    loader.forEachSite((Array(files.keys) + unreadable).sorted()) { sites.append($0) }
    return sites
  }

  /// The first site formed by `files`.
  package static func site(_ files: [String: String], unreadable: [String] = []) -> Site {
    sites(files, unreadable: unreadable)[0]
  }

  /// The summaries of one site, with no findings unless given.
  package static func terms(
    _ files: [String: String], unreadable: [String] = [], options: SummaryOptions = SummaryOptions(),
    findings: [Diagnostic] = []
  ) -> [TermSummary] {
    SummaryBuilder.terms(site: site(files, unreadable: unreadable), findings: findings, options: options)
  }

  /// A site whose week `n` runs Monday to Friday of the week starting `monday`, one row a day.
  package static func plainWeek(_ n: Int, monday: CalendarDate, language: String = "en") -> String {
    let rows = (0..<5).map { i -> String in
      let d = monday.adding(days: i)
      let dmy = "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
      return row("\(i + 2)", "Task \(i + 1) of week \(n)", dmy, dmy, "[Doc \(n).\(i)](https://example.com/\(n)/\(i))")
    }
    return page(week: n, rows: rows)
  }

  /// The Monday the plain weeks start from.
  package static let monday = CalendarDate(year: 2025, month: 9, day: 8)!
}
