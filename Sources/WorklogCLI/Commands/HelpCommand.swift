import WorklogKit

/// `worklog help [CMD]`: the help of the tool or of one command; `--man` prints the manual page.
enum HelpCommand: Command {
  static let name = "help"
  static let summary = "Show the help of a command, or the manual page (--man)."
  static let usage = "worklog help [COMMAND] [--man]"
  static let about = """
    Prints the help of COMMAND (the same as 'worklog COMMAND --help'), or without one the
    list of commands. With --man, prints the manual page in roff, put together from the same
    declarations as the help: 'worklog help --man | man -l -' reads it.
    """
  static let operands = ValueKind.commands
  static let spec = OptionSpec([.flag("man", "Print the manual page (roff) of every command.")])

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    if arguments.has("man") {
      guard arguments.positionals.isEmpty else { throw UsageError("--man takes no COMMAND") }
      env.stdout.write(ManPage.render())
      return .success
    }
    switch arguments.positionals.count {
    case 0:
      env.stdout.write(CLI.help)
    case 1:
      let given = arguments.positionals[0]
      guard let command = CLI.command(named: given) else {
        throw UsageError(
          "unknown command '\(given)'" + EditDistance.hint(for: given, among: CLI.commands.map { $0.name }))
      }
      env.stdout.write(command.help)
    default:
      throw UsageError("help takes one COMMAND")
    }
    return .success
  }
}
