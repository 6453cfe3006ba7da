import WorklogKit

/// `worklog completions bash|zsh|fish`: the shell completion script, generated from the
/// commands' option declarations and the rule registry.
enum CompletionsCommand: Command {
  static let name = "completions"
  static let summary = "Print the shell completion script for bash, zsh or fish."
  static let usage = "worklog completions bash|zsh|fish"
  static let about = """
    Prints a script that completes worklog's commands, options, formats and rule codes in
    the shell named. Load it for this session, or install it where the shell looks:
      bash: source <(worklog completions bash)
      zsh:  worklog completions zsh > "${fpath[1]}/_worklog"
      fish: worklog completions fish > ~/.config/fish/completions/worklog.fish
    """
  static let operands = ValueKind.choices(CompletionShell.allCases.map(\.rawValue))
  static let spec = OptionSpec()

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let names = CompletionShell.allCases.map(\.rawValue)
    guard arguments.positionals.count == 1 else { throw UsageError("completions takes one shell: bash, zsh or fish") }
    let given = arguments.positionals[0]
    guard let shell = CompletionShell(rawValue: given) else {
      throw UsageError(
        "no completions for '\(given)' (bash, zsh or fish)" + EditDistance.hint(for: given, among: names))
    }
    env.stdout.write(shell.script(CompletionModel.current()))
    return .success
  }
}
