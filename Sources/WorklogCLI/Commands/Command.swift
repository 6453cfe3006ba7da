import WorklogKit

/// The exit status of a run: documented in the README; changing one is a deliberate act.
public enum ExitStatus: Int32, Sendable {
  /// Success: nothing at or above the fail level.
  case success = 0
  /// Findings at or above the fail level (`lint`).
  case findings = 1
  /// A usage error, an unreadable path, or a bad configuration.
  case failure = 2
}

/// A subcommand: its name, help, options, and what it does.
///
/// The help is put together from parts: the hand-written prose (`usage`, `about`, `notes`) and
/// the `Options:` block, generated from `spec` — the declarations the scanner, the man page and
/// the shell completions read too. A command may still give its whole `help` itself.
protocol Command: Sendable {
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// What follows `Usage: ` (`worklog lint [PATH ...] [options]`); a second line is indented
  /// as it is to be printed.
  static var usage: String { get }
  /// The prose between the usage and the options: paragraphs, lines of at most 80 columns.
  static var about: String { get }
  /// The prose after the options (suppressions, exit status); empty for none.
  static var notes: String { get }
  /// The full help text, ending in a newline (`HelpText.command` unless a command writes it).
  static var help: String { get }
  /// What the command's operands are (pages and folders unless it says otherwise).
  static var operands: ValueKind { get }
  static var spec: OptionSpec { get }
  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus
}

extension Command {
  static var usage: String { "worklog \(name) [options]" }
  static var about: String { summary }
  static var notes: String { "" }
  static var help: String { HelpText.command(self) }
  static var operands: ValueKind { .paths }
}

/// The command line's entry point: `run(arguments, environment) -> ExitStatus`.
public enum CLI {
  public static let version = "0.1.0"

  static let commands: [any Command.Type] = [
    LintCommand.self, FixCommand.self, NewCommand.self, AddCommand.self, StatusCommand.self, SummaryCommand.self,
    ReportCommand.self,
    ParseCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self, ConfigCommand.self, HelpCommand.self,
    CompletionsCommand.self,
  ]

  /// The options `worklog` takes before a command.
  static let spec = OptionSpec([
    .flag("help", short: "h", "Show help (also after a command: worklog lint --help)."),
    .flag("version", "Print the version."),
  ])

  /// The command named `name`, if there is one.
  static func command(named name: String) -> (any Command.Type)? { commands.first { $0.name == name } }

  static var help: String { HelpText.main() }

  /// Runs one command line (without the program name) and returns its exit status.
  public static func run(_ arguments: [String], _ env: Environment) -> ExitStatus {
    var status = dispatch(arguments, env)
    env.stdout.flush()
    // Output that could not be written fails the run, named on stderr (the process's own
    // sinks have ended it already; this is for sinks that only record the failure).
    if let failure = env.stdout.failure {
      if !failure.isClosedPipe { env.stderr.write(Environment.outputFailureLine(failure)) }
      status = .failure
    }
    env.stderr.flush()
    return status
  }

  private static func dispatch(_ arguments: [String], _ env: Environment) -> ExitStatus {
    guard let first = arguments.first else {
      env.stderr.write(help)
      return .failure
    }
    switch first {
    case "-h", "--help":
      env.stdout.write(help)
      return .success
    case "--version":
      env.stdout.write("worklog \(version)\n")
      return .success
    default:
      break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      let what = first.hasPrefix("-") ? "option" : "command"
      let names = first.hasPrefix("-") ? spec.declarations.map { "--" + $0.name } : commands.map { $0.name }
      // The message quotes arguments: control, bidi and zero-width characters are escaped.
      env.stderr.write(
        TerminalText.escaped("worklog: unknown \(what) '\(first)'" + EditDistance.hint(for: first, among: names))
          + "\nSee 'worklog --help'.\n")
      return .failure
    }
    do throws(UsageError) {
      let scanned = try ArgumentScanner.scan(Array(arguments.dropFirst()), command.spec)
      if scanned.has("help") {
        env.stdout.write(command.help)
        return .success
      }
      return try command.run(scanned, env)
    } catch {
      env.stderr.write(
        "worklog \(command.name): \(TerminalText.escaped(error.message))\nSee 'worklog \(command.name) --help'.\n")
      return .failure
    }
  }
}
