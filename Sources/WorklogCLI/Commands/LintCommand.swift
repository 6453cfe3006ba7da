import WorklogKit

/// `worklog lint`: every problem in the worklogs, located, with rule codes, for people and CI.
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "Report every problem in the week pages, with rule codes and fix hints."
  static let spec = OptionSpec(
    flags: ["statistics", "fix", "unsafe", "diff"], options: ["format", "config", "select", "ignore", "fail-on"])
  static let help = """
    Usage: worklog lint [PATH ...] [options]

    Checks the week pages below each PATH (default: the current folder): front matter, sections,
    the task table (dates, days, links) and the site as a whole (missing weeks, twins, overlaps).
    Each finding reads path:line:column: severity[CODE]: message, with the line and a fix hint.

    Options:
    \(FormatOption.help(LintFormat.self, column: 24))
      --config FILE         Use this .worklog.json instead of the one found above each page.
      --select CODES        Run only these rules (codes, names or prefixes such as WL3; commas).
      --ignore CODES        Skip these rules.
      --fail-on LEVEL       error (default), warning or note: the lowest severity that fails.
      --statistics          Print the number of findings per rule after them (on stderr
                            for the formats meant for tools).
      --fix                 Repair what 'worklog fix' repairs first (its report on stderr), then
                            lint the result; with --unsafe, unsafe fixes too; with --diff, only
                            print the diff (see 'worklog fix --help').
      -h, --help            Show this help.

    Suppress in a page with <!-- worklog-disable-next-line WL303 --> (the next line, or the
    whole table below the comment) or <!-- worklog-disable-file WL201 -->.
    'worklog rules' lists the rules; 'worklog explain CODE' explains one.

    Exit status: 0 when nothing is at or above the fail level, 1 when something is,
    2 for a usage error, an unreadable path or a bad configuration.

    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try FormatOption.value(arguments, LintFormat.self)
    let failOn =
      Severity(
        rawValue: try ArgumentScanner.choice(arguments, "fail-on", ["error", "warning", "note"], default: "error"))
      ?? .error
    if !arguments.has("fix") && (arguments.has("unsafe") || arguments.has("diff")) {
      throw UsageError("--unsafe and --diff go with --fix")
    }
    guard let run = try LintRun.prepare(arguments, env, command: name) else { return .failure }
    var fixFailed = false
    if arguments.has("fix") {
      let status = FixCommand.fix(run, arguments, env, report: env.stderr)
      if arguments.has("diff") { return status }
      fixFailed = status == .failure
    }
    let (inputs, session) = (run.inputs, run.session)
    let color = env.stdoutIsTerminal && (env.variables["NO_COLOR"] ?? "").isEmpty && env.variables["TERM"] != "dumb"
    let reporter = format.reporter(
      color: color, version: CLI.version, rules: session.linter.rules.map(\.description), fileSystem: env.fileSystem)
    let outcome = report(reporter, session, inputs, env)
    if arguments.has("statistics") {
      (reporter.statisticsFollowReport ? env.stdout : env.stderr).write(DiagnosticText.statistics(outcome.findings))
    }
    if inputs.failed || outcome.failed || fixFailed { return .failure }
    return outcome.findings.contains { $0.severity >= failOn } ? .findings : .success
  }

  /// The run through `reporter`: its opening, each site as it is linted (rendered across cores),
  /// then its end.
  static func report<R: LintReporter>(_ reporter: R, _ session: LintSession, _ inputs: Inputs, _ env: Environment)
    -> LintOutcome
  {
    var reporter = reporter
    let renderer = reporter
    env.stdout.write(reporter.begin())
    let outcome = session.report(
      inputs.workspace, mayQuote: { inputs.mayQuote($0, env.fileSystem) }, render: { renderer.render($0) },
      problem: { env.complain("worklog lint: \($0): \($1)") }
    ) { env.stdout.write(reporter.write($0)) }
    env.stdout.write(reporter.end(outcome))
    return outcome
  }
}
