import WorklogKit

/// `worklog parse`: one JSON document per week page.
enum ParseCommand: Command {
  static let name = "parse"
  static let summary = "Print each week page as a typed JSON document."
  static let usage = "worklog parse [PATH ...] [--format \(FormatOption.choices(ParseFormat.self))]"
  static let about = """
    Reads the week pages below each PATH (default: the current folder) and prints one JSON
    document per week page: its week, language, front matter, objectives, tasks with ISO
    dates and weekdays, achievements, and where each inference came from. 'worklog schema'
    prints the document's JSON Schema; the README documents every field.
    """
  static let spec = OptionSpec([FormatOption.declaration(ParseFormat.self)], helpColumn: 19)
  static let notes = """
    Exit status: 0 when every input was read (problems inside pages are not failures of
    parse), 2 when a path cannot be read or names no worklog page.
    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try FormatOption.value(arguments, ParseFormat.self)
    let inputs = Inputs.resolve(arguments.positionals, env, command: name)
    let loader = PageLoader(
      fileSystem: env.fileSystem, parallelism: env.parallelism, standardInput: env.readStandardInput)
    var array = JSONArrayWriter()
    var readFailed = false
    if format == .json { env.stdout.write(array.opening) }
    // Rendering runs per site across cores; the documents come back in order.
    loader.forEachSite(
      located: inputs.workspace.pages,
      transform: { site in
        (
          site.errors.filter { inputs.workspace.shows($0.path, inSite: site.identity.root) },
          site.pages.filter(inputs.shows).map { DocumentWriter.bytes($0, as: format) }
        )
      }
    ) { errors, documents in
      for error in errors {
        env.complain("worklog parse: \(error.path): \(error.reason)")
        readFailed = true
      }
      for bytes in documents {
        if format == .json { env.stdout.write(array.separator()) }
        env.stdout.write(bytes: bytes)
      }
    }
    if format == .json { env.stdout.write(array.closing) }
    return inputs.failed || readFailed ? .failure : .success
  }
}
