import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built `worklog` binary run as a real child process, with its standard streams set up as
/// a test needs (a full disk, a closed stream, a pipe nobody reads).
struct ChildProcess {
  /// How the child's standard output is set up.
  enum Output {
    /// `/dev/full`: every write fails with ENOSPC.
    case fullDisk
    /// Closed (`>&-`).
    case closed
    /// A pipe whose reading end is closed before the child starts (`| head` gone).
    case closedPipe
  }

  var exitStatus: Int32?
  var signal: Int32?
  var stderr: String

  /// The debug binary `swift build` / `swift test` made beside the tests.
  static var binary: String? {
    let path = Golden.repositoryRoot.path + "/.build/debug/worklog"
    return access(path, X_OK) == 0 ? path : nil
  }

  init(_ binary: String, _ arguments: [String], output: Output) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var errPipe: [Int32] = [0, 0]
    var outPipe: [Int32] = [0, 0]
    #expect(pipe(&errPipe) == 0)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    posix_spawn_file_actions_addclose(&actions, errPipe[0])
    switch output {
    case .fullDisk: posix_spawn_file_actions_addopen(&actions, 1, "/dev/full", O_WRONLY, 0)
    case .closed: posix_spawn_file_actions_addclose(&actions, 1)
    case .closedPipe:
      #expect(pipe(&outPipe) == 0)
      close(outPipe[0])
      posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    }
    // The child ignores SIGPIPE itself (its main does), as under a CI runner that does.
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
    close(errPipe[1])
    if output == .closedPipe { close(outPipe[1]) }
    try #require(spawned == 0)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(errPipe[0], $0.baseAddress, $0.count) }
      if n <= 0 { break }
      bytes += chunk[0..<n]
    }
    close(errPipe[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    // WIFEXITED / WTERMSIG by hand: the macros are not imported into Swift.
    if status & 0x7F == 0 {
      exitStatus = (status >> 8) & 0xFF
    } else {
      signal = status & 0x7F
    }
    stderr = String(decoding: bytes, as: UTF8.self)
  }
}
