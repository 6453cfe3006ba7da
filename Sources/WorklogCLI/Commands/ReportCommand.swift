import WorklogKit

/// `worklog report`: the cohort's summary as one self-contained HTML page, for a mentor's
/// browser.
enum ReportCommand: Command {
  static let name = "report"
  static let summary = "Write a cohort's weeks as one self-contained HTML page."
  static let usage = """
    worklog report [PATH ...] [-o FILE] [--weeks A-B] [--lang en|vi|all]
                          [--sort name|missing|findings|last]
    """
  static let about = """
    Summarises the sites below each PATH (default: the current folder) as 'worklog summary
    --format json' does, and writes one HTML page: a heatmap of sites by weeks coloured by
    state (each cell with its letter, and linking to the week), a section per site (its
    timeline of logged days, its weeks, each week in detail, its findings with their fix
    hints) and a section per week (what every site did that week). The page loads nothing
    from anywhere and reads without its script, which only sorts and filters.
    """
  static let spec = OptionSpec(
    [
      OptionDeclaration(
        name: "output", short: "o", placeholder: "FILE",
        help: "Write the page to FILE (replaced whole, or created); - or none: standard output.", values: .file),
      .option(
        "weeks", "A-B",
        "Cover weeks A to B; a week in the range without a page is missing. Without it the expected weeks come from .worklog.json or the sites themselves."
      ),
      .option(
        "lang", "en|vi|all",
        "Which pages to show. Default: each week's English page when it has one, else the page it has. en or vi: only that language. all: each language separately.",
        values: .choices(["en", "vi", "all"])),
      .option(
        "sort", "name|missing|findings|last",
        "The order of sites: by name (default), most missing weeks first, most errors first, or least recent last week first.",
        values: .choices(SummarySort.allCases.map(\.rawValue))),
    ], helpColumn: 22)
  static let notes = """
    Exit status: 0 when every input was read and the page written, 2 for a usage error, when
    a path or page cannot be read or names no worklog page (what could be read is still in
    the page), or when FILE cannot be written.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let (options, sort) = try SummaryCommand.summaryOptions(arguments, env)
    let output = arguments.value("output")
    if let output, output.isEmpty { throw UsageError("option '--output' needs a file name") }
    let inputs = Inputs.resolve(arguments.positionals, env, command: name)
    let session = LintSession(
      fileSystem: env.fileSystem, parallelism: env.parallelism, standardInput: env.readStandardInput)
    let (cohort, read) = SummaryCommand.summarise(session, inputs, env, options: options, sort: sort, command: name)
    let page = HTMLReport.document(cohort, today: options.today ?? env.today(), version: CLI.version)
    guard let output, output != "-" else {
      env.stdout.write(page)
      return inputs.failed || !read ? .failure : .success
    }
    do throws(FileSystemError) {
      try write(Array(page.utf8), to: output, env.fileSystem)
    } catch {
      env.complain("worklog report: cannot write \(error.path): \(error.reason)")
      return .failure
    }
    return inputs.failed || !read ? .failure : .success
  }

  /// Writes `bytes` at `path` all or nothing: a new file is created, an existing one replaced.
  static func write(_ bytes: [UInt8], to path: String, _ fileSystem: any FileSystem) throws(FileSystemError) {
    guard let writable = fileSystem as? any WritableFileSystem else {
      throw FileSystemError(path: path, reason: "this file system cannot be written")
    }
    switch writable.kind(of: path) {
    case .missing:
      try writable.create(path, with: bytes)
    case .file:
      try writable.replace(path, with: bytes, expecting: try writable.read(path), within: [])
    case .directory:
      throw FileSystemError(path: path, reason: "is a folder")
    case .other:
      throw FileSystemError(path: path, reason: "is not a regular file")
    }
  }
}
