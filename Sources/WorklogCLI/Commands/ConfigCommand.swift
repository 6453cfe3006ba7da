import WorklogKit

/// `worklog config --show [PATH]`: the settings that apply to a page or folder and where each
/// came from.
enum ConfigCommand: Command {
  static let name = "config"
  static let summary = "Show the settings that apply to a page or folder, and where each came from."
  static let usage = "worklog config --show [PATH] [--format text|json]"
  static let about = """
    Reads every .worklog.json that applies to PATH (a page or a folder; default: the current
    folder), from the top folder down, the nearest winning key by key, with the files each
    one extends. Prints each setting, its value and the file and line it came from, or
    'default'. A bad configuration is an error naming the file, line and column (exit
    status 2).
    """
  static let spec = OptionSpec(
    [
      .flag("show", "Print the settings that apply and where each came from."),
      .option("format", "FORMAT", "Output format.", values: .choices(["text", "json"])),
    ], helpColumn: 19)

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try ArgumentScanner.choice(arguments, "format", ["text", "json"], default: "text")
    guard arguments.has("show") else { throw UsageError("config needs --show") }
    guard arguments.positionals.count <= 1 else { throw UsageError("config --show takes one PATH") }
    let path = arguments.positionals.first ?? "."
    let resolver = ConfigurationResolver(fileSystem: env.fileSystem)
    let resolved: ConfigurationResolver.Resolved
    do throws(ConfigurationError) {
      resolved =
        env.fileSystem.kind(of: path) == .directory
        ? try resolver.resolved(folder: path) : try resolver.resolved(for: path)
    } catch {
      env.complain("worklog config: \(error.place): \(error.message)")
      return .failure
    }
    let show = ConfigurationShow(path: path, resolved)
    env.stdout.write(format == "json" ? show.json.pretty() + "\n" : show.text)
    return .success
  }
}
