import WorklogKit

/// `worklog lint`: every problem in the worklogs, located, with rule codes, for people and CI.
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "Report every problem in the week pages, with rule codes and fix hints."
  static let spec = OptionSpec(flags: ["statistics", "fix", "unsafe", "diff"], options: ["format", "config", "select", "ignore", "fail-on"])
  static let help = """
    Usage: worklog lint [PATH ...] [options]

    Checks the week pages below each PATH (default: the current folder): front matter, sections,
    the task table (dates, days, links) and the site as a whole (missing weeks, twins, overlaps).
    Each finding reads path:line:column: severity[CODE]: message, with the line and a fix hint.

    Options:
      --format text|json|sarif|github   Output format (default text). json is an array of
                                        findings; sarif is SARIF 2.1.0 for code scanning; github
                                        prints workflow commands that annotate a pull request.
      --config FILE         Use this .worklog.json instead of the one found above each page.
      --select CODES        Run only these rules (codes, names or prefixes such as WL3; commas).
      --ignore CODES        Skip these rules.
      --fail-on LEVEL       error (default), warning or note: the lowest severity that fails.
      --statistics          Print the number of findings per rule after them (stderr for
                            json, sarif and github).
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
    let format = try ArgumentScanner.choice(arguments, "format", ["text", "json", "sarif", "github"], default: "text")
    let failOn = Severity(rawValue: try ArgumentScanner.choice(arguments, "fail-on", ["error", "warning", "note"], default: "error"))!
    let selection = RuleSelection(select: arguments.values("select"), ignore: arguments.values("ignore"))
    for code in selection.select + selection.ignore where !RuleRegistry.all.contains(where: { selectionMatches(code, $0.description) }) {
      throw UsageError("no rule matches '\(code)' (see 'worklog rules')")
    }
    let fixed: LintSession.Found?
    if let path = arguments.value("config") {
      do throws(ConfigurationError) {
        fixed = (path, try Configuration.load(path, fileSystem: env.fileSystem))
      } catch {
        env.complain("worklog lint: \(error.path): \(error.message)")
        return .failure
      }
    } else {
      fixed = nil
    }
    var fixFailed = false
    if arguments.has("fix") {
      let status = try FixCommand.fix(arguments, env, command: name, report: env.stderr)
      if arguments.has("diff") { return status }
      fixFailed = status == .failure
    } else if arguments.has("unsafe") || arguments.has("diff") {
      throw UsageError("--unsafe and --diff go with --fix")
    }
    let inputs = Inputs.resolve(arguments.positionals, env, command: name)
    var failed = inputs.failed || fixFailed
    let session = LintSession(
      fileSystem: env.fileSystem, parallelism: env.parallelism, standardInput: env.readStandardInput,
      linter: Linter(selection: selection), fixedConfiguration: fixed)
    // Every configuration is read and checked before any finding is printed: a bad one stops the
    // run before it starts.
    let badConfigurations = session.configurationErrors(inputs.workspace)
    for error in badConfigurations { env.complain("worklog lint: \(error.path): \(error.message)") }
    if !badConfigurations.isEmpty { return .failure }
    // The configuration files used, each once, in the order first met; their own findings come last.
    var checkedConfigs = Set<String>()
    var usedConfigs: [LintSession.Found] = []
    func noteConfig(_ found: LintSession.Found) {
      if checkedConfigs.insert(found.path).inserted { usedConfigs.append(found) }
    }
    if let fixed { noteConfig(fixed) }

    let text = DiagnosticText(color: env.stdoutIsTerminal && (env.variables["NO_COLOR"] ?? "").isEmpty && env.variables["TERM"] != "dumb")
    var all: [Diagnostic] = []
    var digests: [DiagnosticSARIF.LineDigest] = []
    var pages = 0
    var firstJSON = true
    if format == "json" { env.stdout.write("[") }
    /// One finding as the format writes it (JSON elements without their separators).
    @Sendable func rendered(_ d: Diagnostic, _ source: SourceFile?) -> String {
      switch format {
      case "text": return text.render(d, source: source)
      case "json": return DiagnosticJSON.finding(d, source: source).serialized()
      case "github": return DiagnosticGitHub.annotation(d)
      default: return ""
      }
    }
    func emit(_ findings: [Diagnostic], _ texts: [String]) {
      for t in texts {
        if format == "json" {
          env.stdout.write((firstJSON ? "\n  " : ",\n  ") + t)
          firstJSON = false
        } else {
          env.stdout.write(t)
        }
      }
      all += findings
    }
    // Linting and rendering run per site across cores.
    session.run(inputs.workspace, transform: { result -> RenderedSite in
      let bySource = Dictionary(result.site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      var rendering = RenderedSite(result: result, texts: result.findings.map { rendered($0, bySource[$0.path]) })
      // SARIF keeps what each fingerprint needs of the line, not the sources (all of a cohort).
      if format == "sarif" { rendering.digests = DiagnosticSARIF.digests(result.findings) { bySource[$0] } }
      return rendering
    }) { rendering in
      let result = rendering.result
      for error in result.errors {
        env.complain("worklog lint: \(error.path): \(error.reason)")
        failed = true
      }
      for error in result.configurationErrors where checkedConfigs.insert(error.path).inserted {
        env.complain("worklog lint: \(error.path): \(error.message)")
        failed = true
      }
      if !result.configurationErrors.isEmpty { failed = true }
      for found in result.configurations { noteConfig(found) }
      pages += result.pages.count
      digests += rendering.digests
      emit(result.findings, rendering.texts)
    }
    let (configFindings, configSources) = session.configurationFindings(usedConfigs)
    // A configuration found above the folders given is named but never quoted: its bytes are
    // not the run's to print into a CI log. One named with --config is read as given.
    let quotable = configSources.filter { $0.key == fixed?.path || inputs.mayQuote($0.key, env.fileSystem) }
    emit(configFindings, configFindings.map { rendered($0, quotable[$0.path]) })
    if format == "sarif" { digests += DiagnosticSARIF.digests(configFindings) { configSources[$0] } }
    switch format {
    case "json": env.stdout.write(firstJSON ? "]\n" : "\n]\n")
    case "sarif":
      let rules = session.linter.rules.map(\.description)
      let log = DiagnosticSARIF.log(all, digests: digests, rules: rules, version: CLI.version)
      env.stdout.write(log.pretty() + "\n")
    case "github": env.stdout.write(DiagnosticGitHub.summary(all))
    default:
      if !all.isEmpty { env.stdout.write("\n") }
      env.stdout.write(DiagnosticText.totals(all, files: pages))
    }
    if arguments.has("statistics") {
      let table = DiagnosticText.statistics(all)
      if format == "text" { env.stdout.write(table) } else { env.stderr.write(table) }
    }
    if failed { return .failure }
    return all.contains { $0.severity >= failOn } ? .findings : .success
  }

  static func selectionMatches(_ s: String, _ d: RuleDescription) -> Bool {
    s == d.name || (s.count >= 3 && d.code.hasPrefix(s.uppercased()))
  }
}

/// One site's lint result with its findings rendered, computed off the main thread.
struct RenderedSite: Sendable {
  var result: LintSession.SiteResult
  var texts: [String]
  var digests: [DiagnosticSARIF.LineDigest] = []
}
