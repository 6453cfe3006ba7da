import Testing
import WorklogCLI
import WorklogKit


/// Runs a command line in process against an in-memory file system.
struct CommandRun {
  var status: WorklogCLI.ExitStatus
  var stdout: String
  var stderr: String

  init(_ arguments: [String], files: [String: String] = [:], terminal: Bool = false, variables: [String: String] = [:], stdin: String = "") {
    let out = TextSink()
    let err = TextSink()
    let env = Environment(
      stdout: out, stderr: err, fileSystem: MemoryFileSystem(files), readStandardInput: { Array(stdin.utf8) },
      stdoutIsTerminal: terminal, variables: variables)
    status = CLI.run(arguments, env)
    stdout = out.text
    stderr = err.text
  }
}
