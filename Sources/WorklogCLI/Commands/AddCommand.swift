import WorklogKit

/// `worklog add`: logs one task in the week page whose dates hold the day, in the table's own
/// style, byte-exact elsewhere; the page is read again before it is written, atomically.
enum AddCommand: Command {
  static let name = "add"
  static let summary = "Log a task in the week page of its day (fills the day's row or adds one)."
  static let usage = "worklog add TEXT [SITE] [--date D] [--ref URL] [--lang L|all] [options]"
  static let about = """
    Logs TEXT as a task of the day in the site at SITE (default: the current folder). The
    week page is the one whose task table holds the day, else the week 'programStart' in
    .worklog.json counts it in. In that page's task table, the day's row takes the task when
    its Task cell is empty; a row that has text gets it as one more item (joined with <br> as
    the cell writes them); otherwise a new row is inserted by date, written as the table
    writes its rows (spacing, column widths, Day labels, date format, line endings). A '|' in
    TEXT is written \\|. Nothing else in the file changes, and the page is written only when,
    read again, the task reads back with its day and text and every other task reads the same.
    """
  static let spec = OptionSpec(
    [
      .option("date", "D", "The day: YYYY-MM-DD, today (default) or yesterday."),
      .option("ref", "URL", "A reference for the task, written in the reference column."),
      .option("ref-title", "T", "The reference's title: written [T](URL)."),
      .option(
        "lang", "CODE|all",
        "The page's language (en, vi); all: every language of the week, the same text in each. Default: the site's first language."
      ),
      .option("config", "FILE", "Use this .worklog.json (for programStart and languages).", values: .file),
      .flag("dry-run", "Write nothing; print the change as a unified diff."),
    ], helpColumn: 21)
  static let notes = """
    Exit status: 0 when the task was added (or, with --dry-run, would be), 2 for a usage
    error, a day no week page holds, a page without a task table, a change that would not
    read back, or a file that could not be written.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    guard let text = arguments.positionals.first else { throw UsageError("no task text given") }
    guard arguments.positionals.count <= 2 else {
      throw UsageError("one task and at most one SITE, not \(arguments.positionals.count) arguments (quote the text)")
    }
    let date = try day(arguments.value("date"), env)
    if arguments.value("ref-title") != nil && arguments.value("ref") == nil {
      throw UsageError("--ref-title needs --ref")
    }
    let link = arguments.value("ref").map { TaskAddition.Link(url: $0, title: arguments.value("ref-title")) }
    let addition: TaskAddition
    do throws(TrackerError) {
      addition = try TaskAddition(text: text, date: date, reference: link)
    } catch {
      throw UsageError(error.message)
    }
    let languages: TaskAdder.Languages
    switch arguments.value("lang") {
    case nil: languages = .first
    case "all"?: languages = .all
    case let code?: languages = .code(code)
    }
    let sitePath = arguments.positionals.count == 2 ? arguments.positionals[1] : "."
    let inputs = Inputs.resolve([sitePath], env, command: name)
    if inputs.failed { return .failure }
    let roots = Set(inputs.workspace.pages.map(\.site.root)).sorted()
    guard roots.count == 1, let root = roots.first else {
      throw UsageError("'\(sitePath)' holds \(roots.count) sites (\(roots.joined(separator: ", "))); name one of them")
    }
    let located = inputs.workspace.pages
    var loaded: Site?
    PageLoader(fileSystem: env.fileSystem, parallelism: env.parallelism)
      .forEachSite(located: located, transform: { $0 }) { loaded = loaded ?? $0 }
    guard let site = loaded else { return .failure }
    for error in site.errors { env.complain("worklog add: \(error.path): \(error.reason)") }

    let configuration: Configuration
    do throws(ConfigurationError) {
      configuration = try TrackerConfiguration.load(arguments.value("config"), for: site, fileSystem: env.fileSystem)
    } catch {
      env.complain("worklog add: \(error.place): \(error.message)")
      return .failure
    }
    let adder = TaskAdder(fileSystem: env.fileSystem, configuration: configuration, today: env.today())
    let changes: [TaskAdder.Change]
    do throws(TrackerError) {
      changes = try adder.add(addition, to: site, located: located, languages: languages)
    } catch {
      env.complain("worklog add: \(error.message)")
      return .failure
    }
    return write(
      changes, text: addition.text, dryRun: arguments.has("dry-run"),
      trees: [env.fileSystem.canonicalPath(root) ?? root], env)
  }

  /// The day `--date` names: `YYYY-MM-DD`, `today` or `yesterday` by the environment's clock.
  static func day(_ value: String?, _ env: Environment) throws(UsageError) -> CalendarDate {
    switch value {
    case nil, "today"?: return env.today()
    case "yesterday"?: return env.today().adding(days: -1)
    case let text?:
      guard text.count == 10, let date = CalendarDate.parseISO(text) else {
        throw UsageError("--date must be YYYY-MM-DD, today or yesterday, not '\(text)'")
      }
      return date
    }
  }

  /// Writes each change (or prints its diff) and says what was done.
  private static func write(
    _ changes: [TaskAdder.Change], text: String, dryRun: Bool, trees: [String], _ env: Environment
  )
    -> ExitStatus
  {
    var failed = false
    for change in changes {
      let what = "line \(change.edit.line) (\(describe(change.edit.kind))): \(text)"
      if dryRun {
        env.stdout.write(bytes: UnifiedDiff.diff(path: change.path, old: change.original, new: change.new))
        env.stderr.write(TerminalText.escaped("would add to \(change.path) \(what)") + "\n")
        continue
      }
      guard let writable = env.fileSystem as? any WritableFileSystem else {
        env.complain("worklog add: \(change.path): this file cannot be written here")
        failed = true
        continue
      }
      do throws(FileSystemError) {
        if change.isNew {
          // The week had no page: `new`'s page, with the task in it, created (never overwriting).
          try writable.create(change.path, with: change.new)
          env.stdout.write(TerminalText.escaped("created \(change.path) (week \(change.week) had no page)") + "\n")
        } else {
          try writable.replace(change.path, with: change.new, expecting: change.original, within: trees)
        }
      } catch {
        env.complain("worklog add: \(error.path): \(error.reason)")
        failed = true
        continue
      }
      env.stdout.write(TerminalText.escaped("added to \(change.path) \(what)") + "\n")
    }
    return failed ? .failure : .success
  }

  private static func describe(_ kind: TaskTableEdit.Kind) -> String {
    switch kind {
    case .filled: return "the day's empty row"
    case .joined: return "joined to the day's row"
    case .inserted: return "a new row"
    }
  }
}
