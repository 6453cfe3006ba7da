import WorklogKit

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
  /// The clock: today's date, as the commands that place weeks on the calendar see it (`new`,
  /// `add --date today`, `status`). Tests set it; the process reads `WORKLOG_TODAY`
  /// (`YYYY-MM-DD`) when set, so scripts and CI can pin the date, else the local date.
  public var today: @Sendable () -> CalendarDate

  public init(
    stdout: TextSink, stderr: TextSink, fileSystem: any FileSystem,
    readStandardInput: @escaping @Sendable () throws(FileSystemError) -> [UInt8] = { [] },
    stdoutIsTerminal: Bool = false,
    variables: [String: String] = [:], parallelism: Int = 1,
    today: @escaping @Sendable () -> CalendarDate = { CalendarDate.localToday() }
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.fileSystem = fileSystem
    self.readStandardInput = readStandardInput
    self.stdoutIsTerminal = stdoutIsTerminal
    self.variables = variables
    self.parallelism = parallelism
    self.today = today
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
    if failure.isClosedPipe { System.endByBrokenPipe() }
    let line = Array(outputFailureLine(failure).utf8)
    _ = line.withUnsafeBytes { System.write(2, $0) }
    System.endNow(ExitStatus.failure.rawValue)
  }

  /// Sets the process up for a run: a write to a closed pipe (`worklog parse | head`) fails
  /// and is handled as an output failure (`endProcess`) instead of killing the process unseen.
  public static func prepareProcess() { System.ignoreBrokenPipes() }

  /// Ends the process with `status`.
  public static func exit(_ status: ExitStatus) -> Never { System.exit(status.rawValue) }

  /// The process's real environment.
  public static func process() -> Environment {
    let vars = System.environmentVariables()
    let cores = System.processorCount()
    // A closed standard stream is held open on /dev/null, so no file the run opens takes its
    // number and receives its output; closed stdout is still an output failure.
    let stdoutClosed = !System.isOpen(1)
    for fd: Int32 in [0, 1, 2] where !System.isOpen(fd) {
      let null = System.openReadOnly("/dev/null")
      if null >= 0 && null != fd {
        System.duplicate(null, onto: fd)
        System.close(null)
      }
    }
    let stderr = TextSink(fileDescriptor: 2)
    // What stderr holds so far (paths that could not be read) is written before the run ends.
    let end: @Sendable (OutputFailure) -> Void = { failure in
      stderr.flush()
      endProcess(failure)
    }
    let stdout =
      stdoutClosed
      ? TextSink(failing: OutputFailure(errorNumber: System.Error.badDescriptor), onFailure: end)
      : TextSink(fileDescriptor: 1, onFailure: end)
    return Environment(
      stdout: stdout, stderr: stderr,
      fileSystem: LocalFileSystem(),
      readStandardInput: { () throws(FileSystemError) -> [UInt8] in try LocalFileSystem.readStream(0, name: "<stdin>")
      },
      stdoutIsTerminal: System.isTerminal(1), variables: vars, parallelism: cores,
      today: clock(vars["WORKLOG_TODAY"]))
  }

  /// The process's clock: `WORKLOG_TODAY` when it holds a `YYYY-MM-DD` date, else the local date
  /// read at each call.
  static func clock(_ pinned: String?) -> @Sendable () -> CalendarDate {
    if let pinned, pinned.utf8.count == 10, let date = CalendarDate.parseISO(pinned) { return { date } }
    return { CalendarDate.localToday() }
  }
}
