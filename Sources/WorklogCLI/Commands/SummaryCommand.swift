import WorklogKit

/// `worklog summary`: a week, a term or a cohort of worklogs at a glance, for mentors.
enum SummaryCommand: Command {
  static let name = "summary"
  static let summary = "Summarise one week, a site's term, or a cohort of sites."
  static let usage = """
    worklog summary [PATH ...] [--week N | --weeks A-B] [--lang en|vi|all]
                           [--format \(FormatOption.choices(SummaryFormat.self))]
                           [--sort name|missing|findings|last] [--ascii] [--details]
    """
  static let about = """
    Summarises the week pages below each PATH (default: the current folder).
    With --week N, each site's week N in full: title, dates, days logged, objectives, tasks,
    achievements, references and findings. Without it, one site gives a row per week with
    totals and gaps (missing weeks, weeks without dates, weeks that overlap), and several
    sites give a row per site, so a mentor sees who is behind.
    """
  static let spec = OptionSpec(
    [
      .option("week", "N", "Show week N of each site in full."),
      .option(
        "weeks", "A-B",
        "Cover weeks A to B; a week in the range without a page is missing. Without it a site is expected to have weeks 1 to its highest week, so give --weeks 1-12 to count weeks not written yet."
      ),
      .option(
        "lang", "en|vi|all",
        "Which pages to show. Default: each week's English page when it has one, else the page it has. en or vi: only that language (weeks without it are missing). all: each language separately.",
        values: .choices(["en", "vi", "all"])),
      FormatOption.declaration(SummaryFormat.self),
      .option(
        "sort", "name|missing|findings|last",
        "The order of sites: by name (default), most missing weeks first, most errors first, or least recent last week first.",
        values: .choices(SummarySort.allCases.map(\.rawValue))),
      .flag(
        "ascii",
        "Draw the week strip in ASCII (# ok, + partial, d dated elsewhere, c copied, t template, x unreadable, . missing). Text does so anyway when the locale (LC_ALL, LC_CTYPE or LANG) is not UTF-8."
      ),
      .flag("details", "With --week N over several sites, each site's week in full after the table of sites."),
    ], helpColumn: 22)
  static let notes = """
    Findings are counted as 'worklog lint' reports them, with the .worklog.json found above
    each page. A page that cannot be read, or has no task table, is shown as such with a
    note.

    Exit status: 0 when every input was read (problems inside pages are not failures of
    summary), 2 for a usage error, or when a path or page cannot be read or names no
    worklog page; what could be read is still summarised.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try FormatOption.value(arguments, SummaryFormat.self)
    let (options, sort) = try summaryOptions(arguments, env)
    let inputs = Inputs.resolve(arguments.positionals, env, command: name)
    let session = LintSession(
      fileSystem: env.fileSystem, parallelism: env.parallelism, standardInput: env.readStandardInput)
    // Markdown is read on GitHub, in UTF-8, whatever the terminal; text follows the locale.
    let ascii = arguments.has("ascii") || (format == .text && !SummaryStyle.isUTF8(env.variables))
    let style = SummaryStyle(ascii: ascii, details: arguments.has("details"))
    let read = report(format.reporter(style), session, inputs, env, options: options, sort: sort)
    return inputs.failed || !read ? .failure : .success
  }

  /// The options `summary` and `report` share: `--week`/`--weeks`, `--lang` and `--sort`
  /// (those a command does not declare are absent), checked; today from `env`'s clock.
  static func summaryOptions(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> (
    SummaryOptions, SummarySort
  ) {
    let sortName = try ArgumentScanner.choice(arguments, "sort", SummarySort.allCases.map(\.rawValue), default: "name")
    let lang = try ArgumentScanner.choice(arguments, "lang", ["en", "vi", "all"], default: "")
    let options = SummaryOptions(
      weeks: try weekSelection(arguments), language: lang == "all" ? .all : lang.isEmpty ? .preferEnglish : .only(lang),
      today: env.today())
    return (options, SummarySort(rawValue: sortName) ?? .name)
  }

  /// The run through `reporter`: linting and summarising per site across cores (each partly
  /// named site is read whole), then the cohort. False when a page or a configuration file
  /// could not be read; what could be read is still summarised.
  static func report<R: SummaryReporter>(
    _ reporter: R, _ session: LintSession, _ inputs: Inputs, _ env: Environment, options: SummaryOptions,
    sort: SummarySort
  ) -> Bool {
    var reporter = reporter
    let renderer = reporter
    env.stdout.write(reporter.begin())
    let (cohort, read) = summarise(
      session, inputs, env, options: options, sort: sort, render: { renderer.render($0) }
    ) { rendered in
      env.stdout.write(reporter.write(rendered))
    }
    env.stdout.write(reporter.end(cohort))
    return read
  }

  /// The cohort below `inputs`: linting and summarising per site across cores (`render` runs
  /// there on each site's summaries, `each` then gets them in order), problems named on stderr
  /// as `worklog COMMAND: path: reason`. `read` is false when a page or a configuration file
  /// could not be read; what could be read is still summarised.
  static func summarise(
    _ session: LintSession, _ inputs: Inputs, _ env: Environment, options: SummaryOptions, sort: SummarySort,
    command: String = name, render: @escaping @Sendable ([TermSummary]) -> [TermSummary] = { $0 },
    each: ([TermSummary]) -> Void = { _ in }
  ) -> (cohort: CohortSummary, read: Bool) {
    var terms: [TermSummary] = []
    var read = true
    session.run(
      inputs.workspace,
      transform: { result in
        (
          result,
          render(
            SummaryBuilder.terms(
              site: result.site, findings: result.findings, options: options,
              configuration: session.fixedConfiguration?.configuration ?? result.configurations.first?.configuration
                ?? Configuration(),
              showing: result.shown, copies: result.comparisons.copies))
        )
      }
    ) { result, rendered in
      for problem in result.problems {
        env.complain("worklog \(command): \(problem.path): \(problem.reason)")
        read = false
      }
      terms += rendered
      each(rendered)
    }
    let focus: Int?
    if case .one(let n) = options.weeks { focus = n } else { focus = nil }
    return (CohortSummary(sites: terms, sort: sort, focusWeek: focus), read)
  }

  /// `--week N` or `--weeks A-B` (not both), checked.
  static func weekSelection(_ arguments: ScannedArguments) throws(UsageError) -> WeekSelection {
    let week = arguments.value("week")
    let weeks = arguments.value("weeks")
    if week != nil && weeks != nil { throw UsageError("give --week or --weeks, not both") }
    if let week {
      guard let n = Int(week), n >= 0 else { throw UsageError("option '--week' needs a week number, not '\(week)'") }
      return .one(n)
    }
    if let weeks {
      let parts = weeks.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0, a <= b, b - a < 1000 else {
        throw UsageError("option '--weeks' needs a range A-B such as 1-12, not '\(weeks)'")
      }
      return .range(a...b)
    }
    return .all
  }
}
