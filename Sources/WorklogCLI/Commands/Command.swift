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
protocol Command: Sendable {
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// The full help text, ending in a newline.
  static var help: String { get }
  static var spec: OptionSpec { get }
  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus
}

/// The command line's entry point: `run(arguments, environment) -> ExitStatus`.
public enum CLI {
  public static let version = "0.1.0"

  static let commands: [any Command.Type] = [
    LintCommand.self, FixCommand.self, NewCommand.self, SummaryCommand.self, ParseCommand.self, RulesCommand.self, ExplainCommand.self,
    SchemaCommand.self,
  ]

  static var help: String {
    let width = commands.map { $0.name.count }.max() ?? 0
    let list = commands.map { "  \($0.name)\(String(repeating: " ", count: width - $0.name.count))  \($0.summary)" }
    return """
      worklog \(version): reads Hugo worklog pages, checks them, and summarises them.

      Usage: worklog <command> [options] [PATH ...]

      Commands:
      \(list.joined(separator: "\n"))

      Options:
        -h, --help     Show help (also after a command: worklog lint --help).
        --version      Print the version.

      A PATH is a page or a folder to search; '-' reads one page from standard input.
      Exit status: 0 success, 1 findings at or above the fail level, 2 usage or input error.

      """
  }

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
    case "-h", "--help", "help":
      if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
        env.stdout.write(command.help)
      } else {
        env.stdout.write(help)
      }
      return .success
    case "--version":
      env.stdout.write("worklog \(version)\n")
      return .success
    default:
      break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      env.stderr.write("worklog: unknown command '\(TerminalText.escaped(first))'\n\n\(help)")
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
      // The message quotes arguments: control, bidi and zero-width characters are escaped.
      env.stderr.write("worklog \(command.name): \(TerminalText.escaped(error.message))\n\n\(command.help)")
      return .failure
    }
  }
}
