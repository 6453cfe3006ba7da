#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import WorklogKit

/// Why output could not be written: the system's error number.
public struct OutputFailure: Error, Sendable, Equatable {
  public var errorNumber: Int32
  public init(errorNumber: Int32) { self.errorNumber = errorNumber }

  /// The reader went away (`| head`): the conventional end is quiet, by SIGPIPE.
  public var isClosedPipe: Bool { errorNumber == EPIPE }

  /// The reason in words (`no space left on device`).
  public var reason: String {
    switch errorNumber {
    case ENOSPC: return "no space left on device"
    case EBADF: return "not open (closed standard output)"
    case EPIPE: return "broken pipe"
    default: return String(cString: strerror(errorNumber))
    }
  }
}

/// Where a command's text goes: a standard stream or, in tests, memory.
///
/// A write that fails (a full disk, a closed descriptor, a reader gone) is never ignored: the
/// first failure is kept (`failure`), everything after it is dropped, and `onFailure` is told at
/// once — the process's own sinks end the run there (`Environment.process()`).
public final class TextSink: @unchecked Sendable {
  private let fd: Int32?
  private var buffer: [UInt8] = []
  private let lock = Mutex()
  private let writer: (@Sendable (UnsafeRawBufferPointer) -> Int)?
  private let onFailure: @Sendable (OutputFailure) -> Void
  private var failed: OutputFailure?

  /// A sink writing to a file descriptor (1 for stdout, 2 for stderr), buffered.
  public init(fileDescriptor: Int32, onFailure: @escaping @Sendable (OutputFailure) -> Void = { _ in }) {
    fd = fileDescriptor
    writer = nil
    self.onFailure = onFailure
  }

  /// A sink that keeps what it is given, for tests.
  public init() {
    fd = nil
    writer = nil
    onFailure = { _ in }
  }

  /// A sink whose writes go through `write`, which returns the bytes written or minus the error
  /// number (`-ENOSPC`): the seam for tests of failing output.
  public init(writer: @escaping @Sendable (UnsafeRawBufferPointer) -> Int, onFailure: @escaping @Sendable (OutputFailure) -> Void = { _ in }) {
    fd = nil
    self.writer = writer
    self.onFailure = onFailure
  }

  /// A sink that fails from the start (a standard stream that was closed).
  init(failing failure: OutputFailure, onFailure: @escaping @Sendable (OutputFailure) -> Void) {
    fd = nil
    writer = nil
    self.onFailure = onFailure
    failed = failure
    pendingReport = true
  }
  private var pendingReport = false

  /// The first write failure, if any.
  public var failure: OutputFailure? { lock.locked { failed } }

  private var writes: Bool { fd != nil || writer != nil }

  /// Appends text; flushes to the descriptor past 64 KiB.
  public func write(_ text: String) {
    let failure: OutputFailure? = lock.locked {
      if let failed {
        guard pendingReport else { return nil }
        pendingReport = false
        return failed
      }
      buffer.append(contentsOf: text.utf8)
      if writes && buffer.count >= 64 * 1024 { return flushLocked() }
      return nil
    }
    if let failure { onFailure(failure) }
  }

  /// Appends bytes as they are (a diff of a page that is not UTF-8).
  public func write(bytes: [UInt8]) {
    let failure: OutputFailure? = lock.locked {
      if failed != nil { return nil }
      buffer.append(contentsOf: bytes)
      if writes && buffer.count >= 64 * 1024 { return flushLocked() }
      return nil
    }
    if let failure { onFailure(failure) }
  }

  /// The bytes written so far to a memory sink.
  public var bytes: [UInt8] { lock.locked { buffer } }

  /// Writes out what is buffered (a no-op for a memory sink).
  public func flush() {
    if let failure = lock.locked({ flushLocked() }) { onFailure(failure) }
  }

  /// Writes the buffer; returns the failure when it is the first.
  private func flushLocked() -> OutputFailure? {
    guard writes, failed == nil, !buffer.isEmpty else { return nil }
    var offset = 0
    var error: Int32 = 0
    buffer.withUnsafeBytes { raw in
      while offset < raw.count {
        let rest = UnsafeRawBufferPointer(rebasing: raw[offset...])
        let n: Int
        if let writer {
          n = writer(rest)
          if n < 0 { error = Int32(-n) }
        } else if let fd {
          n = Glibc.write(fd, rest.baseAddress, rest.count)
          if n < 0 { error = errno }
        } else {
          n = rest.count
        }
        if n < 0 {
          if error == EINTR || error == EAGAIN { continue }
          return
        }
        if n == 0 {
          error = EIO
          return
        }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: buffer.count <= 64 * 1024)
    guard error != 0 else { return nil }
    let failure = OutputFailure(errorNumber: error)
    failed = failure
    return failure
  }

  /// Everything written so far, for tests.
  public var text: String { lock.locked { String(decoding: buffer, as: UTF8.self) } }
}

/// Everything a command touches outside itself: streams, files, the terminal, the environment.
public struct Environment: Sendable {
  public var stdout: TextSink
  public var stderr: TextSink
  public var fileSystem: any FileSystem
  /// Reads all of standard input, capped like a file (`LocalFileSystem.maximumFileSize`).
  public var readStandardInput: @Sendable () throws(FileSystemError) -> [UInt8]
  /// Whether standard output is a terminal (colour and escaping decisions).
  public var stdoutIsTerminal: Bool
  /// Environment variables (`NO_COLOR`).
  public var variables: [String: String]
  /// How many pages to parse at once; 1 in tests for simplicity, the core count otherwise.
  public var parallelism: Int

  public init(
    stdout: TextSink, stderr: TextSink, fileSystem: any FileSystem,
    readStandardInput: @escaping @Sendable () throws(FileSystemError) -> [UInt8] = { [] }, stdoutIsTerminal: Bool = false,
    variables: [String: String] = [:], parallelism: Int = 1
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.fileSystem = fileSystem
    self.readStandardInput = readStandardInput
    self.stdoutIsTerminal = stdoutIsTerminal
    self.variables = variables
    self.parallelism = parallelism
  }

  /// Writes one problem line to stderr, control, bidi and zero-width characters in it escaped
  /// (`\x1B`, `\u{202E}`): paths and reasons come from the file system, and a file name can hold
  /// an escape sequence.
  func complain(_ line: String) {
    stderr.write(TerminalText.escaped(line) + "\n")
  }

  /// The line naming an output failure on stderr.
  static func outputFailureLine(_ failure: OutputFailure) -> String {
    "worklog: cannot write standard output: \(failure.reason)\n"
  }

  /// What the process does when standard output fails: a closed pipe ends it quietly by
  /// SIGPIPE (status 141 in a shell, as `head` expects); anything else is named on stderr and
  /// ends it with status 2, at once, so a full disk never passes for an empty report.
  static let endProcess: @Sendable (OutputFailure) -> Void = { failure in
    if failure.isClosedPipe {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      _exit(128 + SIGPIPE)
    }
    let line = Array(outputFailureLine(failure).utf8)
    _ = line.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    _exit(ExitStatus.failure.rawValue)
  }

  /// The process's real environment.
  public static func process() -> Environment {
    var vars: [String: String] = [:]
    var p = environ
    while let entry = p.pointee {
      let s = String(cString: entry)
      if let eq = s.firstIndex(of: "=") { vars[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
      p += 1
    }
    let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    // A closed standard stream is held open on /dev/null, so no file the run opens takes its
    // number and receives its output; closed stdout is still an output failure.
    let stdoutClosed = fcntl(1, F_GETFD) < 0
    for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) < 0 {
      let null = open("/dev/null", fd == 0 ? O_RDONLY : O_RDONLY)
      if null >= 0 && null != fd {
        dup2(null, fd)
        close(null)
      }
    }
    let stderr = TextSink(fileDescriptor: 2)
    // What stderr holds so far (paths that could not be read) is written before the run ends.
    let end: @Sendable (OutputFailure) -> Void = { failure in
      stderr.flush()
      endProcess(failure)
    }
    let stdout = stdoutClosed ? TextSink(failing: OutputFailure(errorNumber: EBADF), onFailure: end) : TextSink(fileDescriptor: 1, onFailure: end)
    return Environment(
      stdout: stdout, stderr: stderr,
      fileSystem: LocalFileSystem(),
      readStandardInput: { () throws(FileSystemError) -> [UInt8] in try LocalFileSystem.readStream(0, name: "<stdin>") },
      stdoutIsTerminal: isatty(1) == 1, variables: vars, parallelism: max(1, cores))
  }
}
