import WorklogKit

/// `worklog status`: where an intern stands today: this week's pages, the days logged and
/// missing, the findings, and the command to run next.
enum StatusCommand: Command {
  static let name = "status"
  static let summary = "Show this week's pages, the days logged and missing, and what to do next."
  static let usage = "worklog status [SITE] [--format \(FormatOption.choices(StatusFormat.self))] [--config FILE]"
  static let about = """
    Shows, for the site at SITE (default: the current folder; a folder of sites gives one
    block per site), today's week number, which of the week's pages exist in each of the
    site's languages, how many days are logged and which working days up to today have no
    task, whether a page is still the template, the site's findings, last week's problems,
    and the command to run next.

    Today's week comes from 'programStart' in .worklog.json (week 1's Monday), else from the
    site's latest dated week counted on by whole weeks; without either it is the week after
    the highest, not dated. WORKLOG_TODAY=YYYY-MM-DD sets today.
    """
  static let spec = OptionSpec(
    [
      FormatOption.declaration(StatusFormat.self),
      .option("config", "FILE", "Use this .worklog.json instead of the one found above each page.", values: .file),
    ], helpColumn: 24)
  static let notes = """
    Exit status: 0 when every input was read, 2 for a usage error, an unreadable path or
    page, or a bad configuration.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try FormatOption.value(arguments, StatusFormat.self)
    guard let run = try LintRun.prepare(arguments, env, command: name) else { return .failure }
    let today = env.today()
    let fixed = run.session.fixedConfiguration?.configuration
    var sites: [SiteStatus] = []
    var read = true
    run.session.run(
      run.inputs.workspace,
      transform: { result in
        let status = StatusBuilder.status(
          site: result.site, findings: result.findings,
          configuration: fixed ?? result.configurations.first?.configuration ?? Configuration(), today: today)
        return (status, result.problems.map { "\($0.path): \($0.reason)" })
      }
    ) { status, problems in
      // A page or a configuration file that could not be read fails the run.
      for problem in problems {
        env.complain("worklog status: \(problem)")
        read = false
      }
      sites.append(status)
      if format == .text { env.stdout.write((sites.count > 1 ? "\n" : "") + StatusText.block(status)) }
    }
    if format == .json { env.stdout.write(StatusJSON.document(today: today, sites: sites).pretty() + "\n") }
    return run.inputs.failed || !read ? .failure : .success
  }
}
