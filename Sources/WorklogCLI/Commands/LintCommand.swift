import WorklogKit

/// `worklog lint`: every problem in the worklogs, located, with rule codes, for people and CI.
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "Report every problem in the week pages, with rule codes and fix hints."
  static let usage = "worklog lint [PATH ...] [options]"
  static let about = """
    Checks the week pages below each PATH (default: the current folder): front matter,
    sections, the task table (dates, days, links) and the site as a whole (missing weeks,
    twins, overlaps). Each finding reads path:line:column: severity[CODE]: message, with the
    line and a fix hint.
    """
  static let spec = OptionSpec(
    [
      FormatOption.declaration(LintFormat.self),
      .option(
        "output-format", "concise|full",
        "With --format text: full (default) shows each finding with its line and fix hint, concise one line each (path:line:col: CODE message).",
        values: .choices(["full", "concise"])),
      .option("config", "FILE", "Use this .worklog.json instead of the one found above each page.", values: .file),
      .option(
        "select", "CODES", "Run only these rules (codes, names or prefixes such as WL3; commas).", values: .rules),
      .option("ignore", "CODES", "Skip these rules.", values: .rules),
      .option(
        "fail-on", "LEVEL", "error (default), warning or note: the lowest severity that fails.",
        values: .choices(["error", "warning", "note"])),
      .flag("exit-zero", "Exit 0 even when findings are at or above the fail level (2 still means an error)."),
      .flag(
        "statistics",
        "Print the number of findings per rule: only the table with the text format, after the report on stderr for the formats meant for tools."
      ),
      ColorChoice.declaration,
      StandardInputName.declaration,
      .flag(
        "fix",
        "Repair what 'worklog fix' repairs first (its report on stderr), then lint the result; with --unsafe, unsafe fixes too; with --diff, only print the diff (see 'worklog fix --help')."
      ),
      .flag("unsafe", "With --fix: apply unsafe fixes too."),
      .flag("diff", "With --fix: write nothing, print the diff."),
    ], helpColumn: 24)
  static let notes = """
    Suppress in a page with <!-- worklog-disable-next-line WL303 --> (the next line, or
    the whole table below the comment) or <!-- worklog-disable-file WL201 -->.
    'worklog rules' lists the rules; 'worklog explain CODE' explains one.

    Exit status: 0 when nothing is at or above the fail level (or with --exit-zero), 1 when
    something is, 2 for a usage error, an unreadable path or a bad configuration.
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
    let concise = try ArgumentScanner.choice(arguments, "output-format", ["full", "concise"], default: "full")
    if arguments.value("output-format") != nil && format != .text {
      throw UsageError("--output-format goes with --format text")
    }
    if arguments.has("fix") && arguments.value("stdin-filename") != nil {
      throw UsageError("--stdin-filename does not go with --fix (standard input cannot be written)")
    }
    let colorChoice = try ColorChoice.value(arguments)
    guard let (arguments, env) = try StandardInputName.apply(arguments, env, command: name) else { return .failure }
    guard let run = try LintRun.prepare(arguments, env, command: name) else { return .failure }
    var fixFailed = false
    if arguments.has("fix") {
      let status = FixCommand.fix(run, arguments, env, report: env.stderr)
      if arguments.has("diff") { return status }
      fixFailed = status == .failure
    }
    let (inputs, session) = (run.inputs, run.session)
    let color = colorChoice.enabled(terminal: env.stdoutIsTerminal, variables: env.variables)
    let outcome: LintOutcome
    if arguments.has("statistics") && format == .text {
      // The table alone: the report is the statistics.
      outcome = report(LintStatisticsReporter(), session, inputs, env)
    } else {
      let reporter: any LintReporter =
        concise == "concise"
        ? LintConciseReporter(color: color)
        : format.reporter(
          color: color, version: CLI.version, rules: session.linter.rules.map(\.description),
          fileSystem: env.fileSystem)
      outcome = report(reporter, session, inputs, env)
      if arguments.has("statistics") {
        (reporter.statisticsFollowReport ? env.stdout : env.stderr).write(DiagnosticText.statistics(outcome.findings))
      }
    }
    if inputs.failed || outcome.failed || fixFailed { return .failure }
    if arguments.has("exit-zero") { return .success }
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
