#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import WorklogKit

/// Where a command's text goes: a standard stream or, in tests, memory.
public final class TextSink: @unchecked Sendable {
  private let fd: Int32?
  private var buffer: [UInt8] = []
  private let lock = Mutex()

  /// A sink writing to a file descriptor (1 for stdout, 2 for stderr), buffered.
  public init(fileDescriptor: Int32) { fd = fileDescriptor }
  /// A sink that keeps what it is given, for tests.
  public init() { fd = nil }

  /// Appends text; flushes to the descriptor past 64 KiB.
  public func write(_ text: String) {
    lock.locked {
      buffer.append(contentsOf: text.utf8)
      if fd != nil && buffer.count >= 64 * 1024 { flushLocked() }
    }
  }

  /// Writes out what is buffered (a no-op for a memory sink).
  public func flush() { lock.locked { flushLocked() } }

  private func flushLocked() {
    guard let fd, !buffer.isEmpty else { return }
    var offset = 0
    buffer.withUnsafeBytes { raw in
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return  // a closed pipe (`| head`): nothing more can be written
        }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Everything written so far, for tests.
  public var text: String { lock.locked { String(decoding: buffer, as: UTF8.self) } }
}

/// Everything a command touches outside itself: streams, files, the terminal, the environment.
public struct Environment: Sendable {
  public var stdout: TextSink
  public var stderr: TextSink
  public var fileSystem: any FileSystem
  /// Reads all of standard input.
  public var readStandardInput: @Sendable () -> [UInt8]
  /// Whether standard output is a terminal (colour and escaping decisions).
  public var stdoutIsTerminal: Bool
  /// Environment variables (`NO_COLOR`).
  public var variables: [String: String]
  /// How many pages to parse at once; 1 in tests for simplicity, the core count otherwise.
  public var parallelism: Int

  public init(
    stdout: TextSink, stderr: TextSink, fileSystem: any FileSystem,
    readStandardInput: @escaping @Sendable () -> [UInt8] = { [] }, stdoutIsTerminal: Bool = false,
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

  /// Writes one problem line to stderr, control characters in it shown as `\x1B`: paths and
  /// reasons come from the file system, and a file name can hold an escape sequence.
  func complain(_ line: String) {
    stderr.write(TerminalText.escaped(line) + "\n")
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
    return Environment(
      stdout: TextSink(fileDescriptor: 1), stderr: TextSink(fileDescriptor: 2), fileSystem: LocalFileSystem(),
      readStandardInput: {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
          let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
          if n < 0 && errno == EINTR { continue }
          if n <= 0 { break }
          bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
      }, stdoutIsTerminal: isatty(1) == 1, variables: vars, parallelism: max(1, cores))
  }
}
