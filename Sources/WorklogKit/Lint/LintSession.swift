/// One lint run: the sites the named paths lie in, the configuration of each page, the findings
/// on the pages named, and at the end the configuration files' own findings.
///
/// `lint` and `summary` both run it; a command only parses its arguments, calls it and renders.
/// A site named in part (one page, as a pre-commit hook passes it) is read whole, so the site
/// rules compare the page with its siblings, and only findings on the named pages are kept.
package struct LintSession: Sendable {
  /// A configuration file and what it says.
  package typealias Found = (path: String, configuration: Configuration)

  /// What linting one site gave.
  package struct SiteResult: Sendable {
    /// The whole site as read, context pages included.
    package var site: Site
    /// The paths reported on, or nil when the whole site is.
    package var shown: Set<String>?
    /// Findings on the pages reported on, sorted.
    package var findings: [Diagnostic]
    /// The configuration files found above the site's pages (none with a fixed configuration).
    package var configurations: [Found]
    /// Configuration files that could not be used, one entry per page that needed them.
    package var configurationErrors: [ConfigurationError]
    /// What the site rules compared across the site, kept for `summary`'s judgement.
    package var comparisons: SiteComparisons

    /// The pages reported on, in site order.
    package var pages: [Worklog] { site.pages.filter(shows) }
    /// How many pages are reported on: `pages.count`, without copying them.
    package var pageCount: Int { shown == nil ? site.pages.count : site.pages.count(where: shows) }
    /// The read errors of the pages reported on.
    package var errors: [FileSystemError] { site.errors.filter { shown?.contains($0.path) ?? true } }
    /// Whether `page` is reported on.
    package func shows(_ page: Worklog) -> Bool { shown?.contains(page.path) ?? true }
    /// What could not be read, as `path: reason` for a command to report: the pages' read
    /// errors, then the configuration errors (one per page that needed the file).
    package var problems: [(path: String, reason: String)] {
      errors.map { ($0.path, $0.reason) } + configurationErrors.map { ($0.place, $0.message) }
    }
    /// The findings with the site's pages they point into, for a reporter.
    package var findingsSite: FindingsSite {
      let files = Dictionary(site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      return FindingsSite(findings: findings, files: files, pages: pageCount)
    }
  }

  package var loader: PageLoader
  package var linter: Linter
  /// The configuration for every page instead of the files found above them (`--config`).
  package var fixedConfiguration: Found?
  private let resolver: ConfigurationResolver

  package init(
    fileSystem: any FileSystem, parallelism: Int,
    standardInput: @escaping @Sendable () throws(FileSystemError) -> [UInt8] = { [] },
    linter: Linter = Linter(), fixedConfiguration: Found? = nil
  ) {
    loader = PageLoader(fileSystem: fileSystem, parallelism: parallelism, standardInput: standardInput)
    self.linter = linter
    self.fixedConfiguration = fixedConfiguration
    resolver = ConfigurationResolver(fileSystem: fileSystem)
  }

  /// The configuration files that apply to the pages of `workspace` and cannot be used, each
  /// once, in the order first met; none with a fixed configuration. Commands call this before
  /// printing anything, so a bad configuration stops a run before its first finding. What the
  /// resolver read is kept for the run itself.
  package func configurationErrors(_ workspace: Workspace) -> [ConfigurationError] {
    guard fixedConfiguration == nil else { return [] }
    var seen = Set<String>()
    var errors: [ConfigurationError] = []
    for page in workspace.pages {
      do throws(ConfigurationError) {
        _ = try resolver.configuration(for: page.path)
      } catch {
        if seen.insert(error.path).inserted { errors.append(error) }
      }
    }
    return errors
  }

  /// Lints each site of `workspace`: `transform` runs on each result across cores (rendering is
  /// worth doing there), and `body` gets the transformed results one site at a time, in order.
  package func run<T: Sendable>(
    _ workspace: Workspace, transform: @escaping @Sendable (SiteResult) -> T, _ body: (T) -> Void
  ) {
    loader.forEachSite(
      located: workspace.pages,
      transform: { site in
        transform(self.lint(site, shown: workspace.shown[site.identity.root]))
      }, body)
  }

  /// A whole `lint` run, streamed: each site linted and `render`ed across cores, handed to
  /// `write` in order, then the findings in the configuration files the run used (each file
  /// once, in the order first met) as a last site. A page that cannot be read, or a
  /// configuration file that cannot be used (each once), goes to `problem` and fails the run.
  ///
  /// A configuration file is quoted in findings only when `mayQuote` allows it (a file found
  /// above the folders given is named, never printed) or when it is the fixed configuration.
  package func report<T: Sendable>(
    _ workspace: Workspace, mayQuote: (String) -> Bool, render: @escaping @Sendable (FindingsSite) -> T,
    problem: (_ path: String, _ reason: String) -> Void, _ write: (T) -> Void
  ) -> LintOutcome {
    var outcome = LintOutcome()
    var met = Set<String>()
    var used: [Found] = []
    func note(_ found: Found) {
      if met.insert(found.path).inserted { used.append(found) }
    }
    if let fixedConfiguration { note(fixedConfiguration) }
    run(workspace, transform: { result in (result, render(result.findingsSite)) }) { result, rendered in
      for error in result.errors {
        problem(error.path, error.reason)
        outcome.failed = true
      }
      for error in result.configurationErrors where met.insert(error.path).inserted {
        problem(error.place, error.message)
      }
      if !result.configurationErrors.isEmpty { outcome.failed = true }
      for found in result.configurations { note(found) }
      outcome.pages += result.pageCount
      outcome.findings += result.findings
      write(rendered)
    }
    let (findings, files) = configurationFindings(used)
    let quotable = Set(files.keys.filter { $0 == fixedConfiguration?.path || mayQuote($0) })
    write(render(FindingsSite(findings: findings, files: files, quotable: quotable, pages: 0)))
    outcome.findings += findings
    return outcome
  }

  /// `run` without a transform.
  package func run(_ workspace: Workspace, _ body: (SiteResult) -> Void) {
    run(workspace, transform: { $0 }, body)
  }

  /// One site: the configuration of each page, then the findings on the pages reported on.
  package func lint(_ site: Site, shown: Set<String>? = nil) -> SiteResult {
    var result = SiteResult(
      site: site, shown: shown, findings: [], configurations: [], configurationErrors: [],
      comparisons: SiteComparisons(site: site))
    var configs: [String: Configuration] = [:]
    for page in site.pages {
      if let fixedConfiguration {
        configs[page.path] = fixedConfiguration.configuration
        continue
      }
      do throws(ConfigurationError) {
        if let found = try resolver.configuration(for: page.path) {
          configs[page.path] = found.configuration
          result.configurations.append(found)
        }
      } catch {
        result.configurationErrors.append(error)
      }
    }
    result.findings = linter.lint(site: site, shown: shown, comparisons: result.comparisons) {
      configs[$0.path] ?? Configuration()
    }
    return result
  }

  /// The findings in configuration files themselves (rule codes that name no rule), sorted, with
  /// the files read for them. `used` lists the files the run used, each once.
  package func configurationFindings(_ used: [Found]) -> (findings: [Diagnostic], sources: [String: SourceFile]) {
    var findings: [Diagnostic] = []
    var sources: [String: SourceFile] = [:]
    for found in used {
      let (mine, source) = LintSession.unknownRuleFindings(found.configuration, path: found.path, loader.fileSystem)
      findings += mine
      if let source { sources[found.path] = source }
    }
    return (findings.sorted(by: Diagnostic.ordered), sources)
  }

  /// Findings for rule codes a configuration names that do not exist, placed at the code.
  static func unknownRuleFindings(_ config: Configuration, path: String, _ fs: any FileSystem) -> (
    [Diagnostic], SourceFile?
  ) {
    let unknown = (config.rules ?? [:]).keys.filter { RuleRegistry.rule(named: $0) == nil }.sorted()
    guard !unknown.isEmpty else { return ([], nil) }
    let source = (try? fs.read(path)).map { SourceFile(path: path, bytes: $0) }
    // Every string's first place, found in one pass (not one scan of the file per code).
    let places = source.map { ConfigurationScan($0.bytes).firstString } ?? [:]
    let findings = unknown.map { code -> Diagnostic in
      var range = SourceRange(
        start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1))
      if let source, let at = places[code] { range = source.range(at..<(at + code.utf8.count + 2)) }
      return UnknownRuleCodeRule.finding(code: code, in: path, at: range)
    }
    return (findings, source)
  }
}
