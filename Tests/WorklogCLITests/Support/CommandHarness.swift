import Testing
import WorklogCLI
import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

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

/// Compares output with a file under Fixtures/Goldens; `WORKLOG_UPDATE_GOLDENS=1` rewrites it.
enum Golden {
  static let folder: String = {
    let file = #filePath
    let tests = file.split(separator: "/").dropLast(2).joined(separator: "/")
    return "/" + tests + "/Fixtures/Goldens"
  }()

  static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let path = folder + "/" + name
    if getenv("WORKLOG_UPDATE_GOLDENS") != nil {
      let f = fopen(path, "w")
      fputs(actual, f)
      fclose(f)
      return
    }
    guard let expected = try? LocalFileSystem().read(path) else {
      Issue.record("no golden file \(name); run WORKLOG_UPDATE_GOLDENS=1 swift test", sourceLocation: sourceLocation)
      return
    }
    let text = String(decoding: expected, as: UTF8.self)
    #expect(actual == text, "output differs from golden \(name); run WORKLOG_UPDATE_GOLDENS=1 swift test and review the diff", sourceLocation: sourceLocation)
  }
}
