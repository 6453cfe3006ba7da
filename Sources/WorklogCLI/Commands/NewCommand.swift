import WorklogKit

/// `worklog new`: writes the next week's pages (or week N's) in every language of a site, in the
/// site's own style, and refuses to overwrite a page that exists.
enum NewCommand: Command {
  static let name = "new"
  static let summary = "Create a week's pages in the site's own style."
  static let usage = "worklog new [SITE] [options]"
  static let about = """
    Creates the pages of a week (default: the week after the highest one) in every language
    of the site at SITE (default: the current folder), at the path and in the style its week
    pages use: file names, front matter, headings, task table, date format and Day labels are
    learned from the existing pages (the standard template in English and Vietnamese when
    there are none), and the 'conventions' of .worklog.json override them. The front matter
    is filled in (title, date = the week's Monday, weight, pre, chapter) and the table has a
    row per working day with its label and date, ready to fill. Week N's Monday is
    programStart + 7(N-1), or counted on from the site's latest dated week.

    A page that exists is never overwritten. Each page is written atomically and read back:
    it must read as its week, its language and its dates.
    """
  static let spec = OptionSpec(
    [
      .option("week", "N", "Create week N."),
      .option("lang", "CODES", "Only these languages (commas: en,vi)."),
      .option(
        "from-template", "FILE",
        "Use FILE as the page body: {week}, {monday}, {date1}...{date7} and {day1}...{day7} are replaced by the week, its Monday, its days in the site's date format and their Day labels.",
        values: .file),
      .flag("dry-run", "Write nothing; print the pages instead."),
      .option("config", "FILE", "Use this .worklog.json instead of the one found above the site.", values: .file),
    ], helpColumn: 24)
  static let notes = """
    Exit status: 0 when the pages were made (or printed), 2 for a usage error, a page that
    already exists, a bad configuration or a page that could not be written or read back.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    guard arguments.positionals.count <= 1 else {
      throw UsageError("give one site, not \(arguments.positionals.count)")
    }
    let given = arguments.positionals.first ?? "."
    var week: Int?
    if let text = arguments.value("week") {
      guard let n = Int(text), (1...99).contains(n) else {
        throw UsageError("--week must be a week number (1 to 99), not '\(text)'")
      }
      week = n
    }
    let languages = arguments.value("lang").map {
      $0.split(separator: ",").map { String($0.filter { $0 != " " }).lowercased() }.filter { !$0.isEmpty }
    }
    if let languages, languages.isEmpty { throw UsageError("--lang needs at least one language code") }
    let fs = env.fileSystem
    guard fs.kind(of: given) == .directory else {
      env.complain("worklog new: \(given): not a folder (give the site's folder)")
      return .failure
    }
    guard let (site, root) = loadSite(given, env) else { return .failure }
    let configuration: Configuration
    do throws(ConfigurationError) {
      if let fixed = try LintRun.configuration(arguments, fs) {
        configuration = fixed.configuration
      } else {
        configuration = try SiteConfiguration.find(for: root, fileSystem: fs)
      }
    } catch {
      env.complain("worklog new: \(error.place): \(error.message)")
      return .failure
    }
    if let problems = configuration.conventions?.problems, !problems.isEmpty {
      for p in problems { env.complain("worklog new: \(p)") }
      return .failure
    }
    var template: String?
    if let file = arguments.value("from-template") {
      do throws(FileSystemError) {
        template = String(decoding: try fs.read(file), as: UTF8.self)
      } catch {
        env.complain("worklog new: \(error.path): \(error.reason)")
        return .failure
      }
    }
    let conventions = ConventionsLearner.learn(site: site, configuration: configuration, today: env.today())
    let n = week ?? NewWeekPages.nextWeek(site)
    let planned = NewWeekPages.plan(
      site: site, siteRoot: root, week: n, languages: languages, conventions: conventions, template: template)
    let existing = planned.filter { fs.kind(of: $0.path) != .missing }
    if !existing.isEmpty {
      for page in existing {
        env.complain("worklog new: \(TerminalText.escaped(page.path)): already exists; not overwritten")
      }
      return .failure
    }
    if arguments.has("dry-run") {
      for page in planned {
        env.stdout.write("==> \(TerminalText.escaped(page.path)) <==\n")
        env.stdout.write(bytes: page.bytes)
      }
      env.stderr.write(
        "Would create week \(n): \(planned.count) page\(planned.count == 1 ? "" : "s"); \(conventions.calendar.description).\n"
      )
      return .success
    }
    guard let writable = fs as? any WritableFileSystem else {
      env.complain("worklog new: this file system cannot be written")
      return .failure
    }
    var failed = false
    var made: [PlannedPage] = []
    for page in planned {
      do throws(FileSystemError) {
        try writable.create(page.path, with: page.bytes)
        made.append(page)
      } catch {
        env.complain("worklog new: \(TerminalText.escaped(error.path)): \(error.reason)")
        failed = true
      }
    }
    // Read the site again, as lint will, and hold each new page to its plan.
    let reread = loadSite(root, env)?.site
    for page in made {
      let problems = reread.map { NewWeekPages.problems(page, in: $0) } ?? ["the site cannot be read again"]
      if problems.isEmpty {
        env.stdout.write("\(TerminalText.escaped(page.path))\n")
      } else {
        env.complain(
          "worklog new: \(TerminalText.escaped(page.path)): written, but \(problems.joined(separator: "; "))")
        failed = true
      }
    }
    if !made.isEmpty {
      env.stderr.write(
        "Created week \(n): \(made.count) page\(made.count == 1 ? "" : "s"); dates \(conventions.calendar.description).\n"
      )
    }
    return failed ? .failure : .success
  }

  /// The site at `folder` (nil when it has no pages yet) and its root; nil when it cannot be
  /// read or holds several sites (said on stderr).
  static func loadSite(_ folder: String, _ env: Environment) -> (site: Site?, root: String)? {
    let workspace = Workspace.resolve([folder], fileSystem: env.fileSystem)
    for error in workspace.discovery.errors { env.complain("worklog new: \(error.path): \(error.reason)") }
    if !workspace.discovery.errors.isEmpty { return nil }
    guard !workspace.pages.isEmpty else { return (nil, folder) }
    var sites: [Site] = []
    PageLoader(fileSystem: env.fileSystem, parallelism: env.parallelism).forEachSite(
      located: workspace.pages, transform: { $0 }
    ) { sites.append($0) }
    guard sites.count == 1, let site = sites.first else {
      env.complain("worklog new: \(folder): holds \(sites.count) sites; give one site's folder")
      return nil
    }
    return (site, site.identity.root)
  }
}
