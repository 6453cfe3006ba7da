import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command line in process against an in-memory file system.
struct CommandRun {
  /// The date the harness's clock gives unless a test sets one: a Wednesday, so "this week"
  /// and "today" differ from the week's Monday.
  static let defaultToday = CalendarDate(year: 2025, month: 10, day: 15)!

  var status: WorklogCLI.ExitStatus
  var stdout: String
  var stderr: String

  init(
    _ arguments: [String], files: [String: String] = [:], terminal: Bool = false, variables: [String: String] = [:],
    stdin: String = "", today: CalendarDate = CommandRun.defaultToday
  ) {
    self.init(
      arguments, fileSystem: MemoryFileSystem(files), terminal: terminal, variables: variables,
      stdin: Array(stdin.utf8),
      today: today)
  }

  /// A run over files given as raw bytes (not UTF-8, NUL bytes, a BOM).
  init(_ arguments: [String], bytes: [String: [UInt8]], parallelism: Int = 1) {
    self.init(arguments, fileSystem: MemoryFileSystem(bytes: bytes), parallelism: parallelism)
  }

  /// A run against any file system (`LocalFileSystem` for symbolic links and permissions).
  init(
    _ arguments: [String], fileSystem: any FileSystem, terminal: Bool = false, variables: [String: String] = [:],
    stdin: [UInt8] = [], parallelism: Int = 1, today: CalendarDate = CommandRun.defaultToday
  ) {
    let out = TextSink()
    let err = TextSink()
    let env = Environment(
      stdout: out, stderr: err, fileSystem: fileSystem, readStandardInput: { stdin },
      stdoutIsTerminal: terminal, variables: variables, parallelism: parallelism, today: { today })
    status = CLI.run(arguments, env)
    stdout = out.text
    stderr = err.text
  }
}

/// A folder under /tmp for tests that need the real file system, removed when done.
struct TemporaryFolder {
  let path: String

  init() throws {
    var template = Array("/tmp/worklog-test-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw TemporaryFolderError() }
    path = String(cString: made)
  }

  /// Writes `bytes` at `relative`, making the folders above it.
  func write(_ relative: String, _ bytes: [UInt8]) {
    let full = path + "/" + relative
    var folder = ""
    for part in full.split(separator: "/").dropLast() {
      folder += "/" + part
      mkdir(folder, 0o755)
    }
    let f = fopen(full, "wb")
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
  }

  func write(_ relative: String, _ text: String) { write(relative, Array(text.utf8)) }

  /// Removes the folder and everything in it (permissions restored first).
  func remove() {
    let command = "chmod -R u+rwx '\(path)' 2>/dev/null; rm -rf '\(path)'"
    _ = command.withCString { system($0) }
  }
}

struct TemporaryFolderError: Error {}

/// Runs one command line in memory.
func run(_ arguments: [String], _ fileSystem: any FileSystem) -> (
  out: String, err: String, status: WorklogCLI.ExitStatus
) {
  let env = Environment(
    stdout: TextSink(), stderr: TextSink(), fileSystem: fileSystem, today: { CommandRun.defaultToday })
  let status = CLI.run(arguments, env)
  return (env.stdout.text, env.stderr.text, status)
}
