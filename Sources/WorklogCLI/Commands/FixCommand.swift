import WorklogKit

/// `worklog fix`: repairs the findings that are mechanical, byte-exact, and writes each page
/// atomically; `--diff` prints what it would change instead. `lint --fix` runs the same code.
enum FixCommand: Command {
  static let name = "fix"
  static let summary = "Repair the mechanical findings in place (or print them as a diff)."
  static let usage = "worklog fix [PATH ...] [options]"
  static let about = """
    Lints the week pages below each PATH (default: the current folder) as 'worklog lint'
    does and repairs the findings that have a fix: only the bytes a fix names change, and a
    page is written only when, read again, the fixed findings are gone, no new finding
    appeared and its tasks, objectives and achievements read the same. Each file is replaced
    atomically.
    """
  static let spec = OptionSpec(
    [
      .flag(
        "unsafe",
        "Apply unsafe fixes too (guesses worth reviewing: a page's date taken from its first task, a year added to a date)."
      ),
      .flag("diff", "Write nothing; print the changes as a unified diff (for git apply)."),
      .option("config", "FILE", "Use this .worklog.json instead of the one found above each page.", values: .file),
      .option(
        "select", "CODES", "Fix only these rules (codes, names or prefixes such as WL3; commas).", values: .rules),
      .option("ignore", "CODES", "Leave these rules alone.", values: .rules),
    ], helpColumn: 24)
  static let notes = """
    'worklog lint' marks findings with a safe fix [*] and with an unsafe one [~].

    Exit status: 0 when done (with --diff: when nothing would change), 1 with --diff when
    something would change, 2 for a usage error, an unreadable path, a bad configuration or
    a file that could not be written (the other files are still fixed).
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    try fix(arguments, env, command: name, report: env.stdout)
  }

  /// The run of `fix` (and of `lint --fix`, which reports on `report` = stderr and lints after).
  /// `rules` are the registry's (tests give rules of their own).
  static func fix(
    _ arguments: ScannedArguments, _ env: Environment, command: String, report: TextSink,
    rules: [any LintRule] = RuleRegistry.all
  ) throws(UsageError) -> ExitStatus {
    guard let run = try LintRun.prepare(arguments, env, command: command, rules: rules) else { return .failure }
    return fix(run, arguments, env, report: report)
  }

  /// The fix of a prepared run (`lint --fix` lints the same run afterwards).
  static func fix(_ run: LintRun, _ arguments: ScannedArguments, _ env: Environment, report: TextSink) -> ExitStatus {
    let (command, inputs, lint) = (run.command, run.inputs, run.session)
    let diff = arguments.has("diff")
    var failed = inputs.failed
    let writable = env.fileSystem as? any WritableFileSystem
    if !diff && writable == nil {
      env.complain("worklog \(command): this file system cannot be written")
      return .failure
    }

    // A diff is the whole of standard output: everything else goes to standard error.
    let report = diff ? env.stderr : report
    let session = FixSession(lint: lint, applicability: arguments.has("unsafe") ? .unsafe : .safe)
    var fixes = 0
    var files = 0
    var remaining = 0
    var moreWithUnsafe = 0
    var reported = Set<String>()
    session.run(inputs.workspace) { siteFix in
      for error in siteFix.result.errors {
        env.complain("worklog \(command): \(error.path): \(error.reason)")
        failed = true
      }
      for error in siteFix.result.configurationErrors where reported.insert(error.path).inserted {
        env.complain("worklog \(command): \(error.place): \(error.message)")
        failed = true
      }
      for refusal in siteFix.refused {
        let d = refusal.finding
        report.write(
          "\(TerminalText.escaped(d.path)):\(d.range.start.line):\(d.range.start.column): \(d.code) not fixed (\(TerminalText.escaped(d.autofix?.message ?? ""))): \(TerminalText.escaped(refusal.reason))\n"
        )
      }
      remaining += siteFix.result.findings.count
      moreWithUnsafe += siteFix.moreWithUnsafe
      for file in siteFix.files {
        if diff {
          env.stdout.write(bytes: UnifiedDiff.diff(path: file.path, old: file.original, new: file.fixed))
        } else {
          do throws(FileSystemError) {
            try writable?.replace(file.path, with: file.fixed, expecting: file.original, within: inputs.trees)
          } catch {
            env.complain("worklog \(command): \(error.path): \(error.reason)")
            failed = true
            remaining += file.fixes.count
            continue
          }
          let what = file.fixes.map { TerminalText.escaped($0.autofix?.message ?? $0.code) }.joined(separator: "; ")
          report.write("\(TerminalText.escaped(file.path)): fixed \(file.fixes.count) (\(what))\n")
        }
        fixes += file.fixes.count
        files += 1
      }
    }
    let closing = closingLine(
      fixed: fixes, files: files, remaining: remaining, moreWithUnsafe: moreWithUnsafe, diff: diff)
    report.write(closing)
    if failed { return .failure }
    return diff && files > 0 ? .findings : .success
  }

  /// `Fixed 3 findings in 2 files; 5 remain (2 more fixable with --unsafe).`
  static func closingLine(fixed: Int, files: Int, remaining: Int, moreWithUnsafe: Int, diff: Bool) -> String {
    func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
    var line =
      "\(diff ? "Would fix" : "Fixed") \(plural(fixed, "finding")) in \(plural(files, "file")); \(remaining) remain"
    if moreWithUnsafe > 0 { line += " (\(moreWithUnsafe) more fixable with --unsafe)" }
    return line + ".\n"
  }
}
