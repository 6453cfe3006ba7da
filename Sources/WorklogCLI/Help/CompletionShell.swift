/// The shells `worklog completions` writes a script for.
enum CompletionShell: String, CaseIterable, Sendable {
  case bash, zsh, fish

  /// The script for this shell.
  func script(_ model: CompletionModel) -> String {
    switch self {
    case .bash: return BashCompletion.script(model)
    case .zsh: return ZshCompletion.script(model)
    case .fish: return FishCompletion.script(model)
    }
  }
}
