import WorklogKit

/// `--stdin-filename PATH`: standard input (`-`) read as the page at PATH, so an editor or a
/// hook piping an unsaved page gets its site's context (other weeks, twins) and findings named
/// with PATH, on PATH only, as if that file held what was piped.
enum StandardInputName {
  /// The `--stdin-filename` declaration.
  static let declaration = OptionDeclaration.option(
    "stdin-filename", "PATH",
    "Read standard input ('-', the default PATH with this option) as the page at PATH: its site's other pages give context, findings are reported on PATH only.",
    values: .file)

  /// The arguments and environment of the run: unchanged without the option; with it, `-`
  /// becomes PATH and the file system gives standard input's bytes at PATH. Nil when standard
  /// input cannot be read (said on stderr).
  static func apply(_ arguments: ScannedArguments, _ env: Environment, command: String) throws(UsageError)
    -> (ScannedArguments, Environment)?
  {
    guard let path = arguments.value("stdin-filename") else { return (arguments, env) }
    if path.isEmpty || path == "-" { throw UsageError("option '--stdin-filename' needs a page's path, not '\(path)'") }
    var arguments = arguments
    if arguments.positionals.isEmpty { arguments.positionals = ["-"] }
    guard arguments.positionals.contains("-") else {
      throw UsageError("--stdin-filename names standard input: give '-' as the PATH")
    }
    let bytes: [UInt8]
    do throws(FileSystemError) {
      bytes = try env.readStandardInput()
    } catch {
      env.complain("worklog \(command): \(error.path): \(error.reason)")
      return nil
    }
    arguments.positionals = arguments.positionals.map { $0 == "-" ? path : $0 }
    var env = env
    env.fileSystem = OverlayFileSystem(base: env.fileSystem, changed: [path: bytes])
    return (arguments, env)
  }
}
