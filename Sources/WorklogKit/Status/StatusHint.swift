/// The command `worklog status` suggests next: create the week when it has no page (or a
/// language's page), log a missing day, look at the findings, or log today.
enum StatusHint {
  /// The next command for `status`, or nil when nothing is due (a weekend with the week done
  /// and the site clean).
  static func next(_ status: SiteStatus) -> String? {
    let site = siteArgument(status.site.root)
    let week = status.week
    let weekOption = week.number == (status.latestWeek ?? 0) + 1 ? "" : " --week \(week.number)"
    let missing = status.pages.filter { !$0.exists }.map(\.language)
    if status.pages.allSatisfy({ !$0.exists }) { return "worklog new\(site)\(weekOption)" }
    if !missing.isEmpty { return "worklog new\(site) --week \(week.number) --lang \(missing.joined(separator: ","))" }
    if week.beforeStart { return status.findings.hasProblems ? "worklog lint\(site)" : nil }
    let gaps = Set(status.pages.flatMap(\.daysMissing)).sorted()
    if gaps.contains(status.today.weekday) { return "worklog add \"...\"\(site) --date today" }
    if let first = gaps.first, let monday = week.monday {
      return "worklog add \"...\"\(site) --date \(monday.adding(days: first - 1))"
    }
    if status.findings.hasProblems { return "worklog lint\(site)" }
    if status.isWorkingDay, week.dates?.contains(status.today) ?? true {
      return "worklog add \"...\"\(site) --date today"
    }
    return nil
  }

  /// ` SITE` for a command line, quoted when the shell needs it; empty for the current folder.
  static func siteArgument(_ root: String) -> String {
    if root.isEmpty || root == "." || root == "./" { return "" }
    let plain = root.unicodeScalars.allSatisfy {
      ($0.value < 0x80 && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        || "/._-+,:@".unicodeScalars.contains($0)
    }
    if plain { return " " + root }
    return " '" + root.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
