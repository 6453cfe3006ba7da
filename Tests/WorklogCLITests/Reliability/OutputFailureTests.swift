import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 16, defect 1: output that cannot be written is never lost in silence.
@Suite struct OutputFailureTests {
  // MARK: The Environment seam

  /// A run whose stdout fails every write with `errorNumber`.
  func failingRun(_ arguments: [String], errorNumber: Int32) -> (WorklogCLI.ExitStatus, String, Int) {
    let attempts = Counter()
    let out = TextSink(writer: { _ in
      attempts.add()
      return -Int(errorNumber)
    })
    let err = TextSink()
    let env = Environment(stdout: out, stderr: err, fileSystem: MemoryFileSystem([week3Path: week3]))
    let status = CLI.run(arguments, env)
    return (status, err.text, attempts.value)
  }

  @Test func fullDiskFailsTheRunAndIsNamed() {
    let (status, err, _) = failingRun(["lint", "s", "--format", "sarif"], errorNumber: ENOSPC)
    #expect(status == .failure)
    #expect(err == "worklog: cannot write standard output: no space left on device\n")
  }

  @Test func closedPipeFailsQuietly() {
    let (status, err, attempts) = failingRun(["parse", "s", "--format", "jsonl"], errorNumber: EPIPE)
    #expect(status == .failure)
    #expect(err.isEmpty)
    #expect(attempts == 1)
  }

  @Test func afterAFailureNothingMoreIsWritten() {
    let attempts = Counter()
    let sink = TextSink(writer: { _ in
      attempts.add()
      return -Int(ENOSPC)
    })
    sink.write(String(repeating: "x", count: 70_000))
    sink.write(String(repeating: "y", count: 70_000))
    sink.flush()
    #expect(attempts.value == 1)
    #expect(sink.failure == OutputFailure(errorNumber: ENOSPC))
  }

  @Test func shortWritesAreCompleted() {
    let total = Counter()
    let sink = TextSink(writer: { buffer in
      let n = min(7, buffer.count)
      for _ in 0..<n { total.add() }
      return n
    })
    sink.write("hello, world and more\n")
    sink.flush()
    #expect(total.value == 22)
    #expect(sink.failure == nil)
  }

  // MARK: A real child process

  @Test func fullDiskExitsTwo() throws {
    let binary = try #require(ChildProcess.binary, "build the worklog binary first (swift build)")
    let child = try ChildProcess(
      binary, ["lint", "--format", "sarif", Golden.repositoryRoot.path + "/worklogs"], output: .fullDisk)
    #expect(child.exitStatus == 2)
    #expect(child.stderr.contains("worklog: cannot write standard output: no space left on device"))
  }

  @Test func closedStdoutExitsTwo() throws {
    let binary = try #require(ChildProcess.binary, "build the worklog binary first (swift build)")
    let child = try ChildProcess(binary, ["rules"], output: .closed)
    #expect(child.exitStatus == 2)
    #expect(child.stderr.contains("worklog: cannot write standard output"))
  }

  /// `parse` writes its JSON as bytes (`TextSink.write(bytes:)`): a closed stream is told at
  /// the first write all the same.
  @Test func closedStdoutExitsTwoWhenBytesAreWritten() throws {
    let binary = try #require(ChildProcess.binary, "build the worklog binary first (swift build)")
    let child = try ChildProcess(
      binary, ["parse", "--format", "jsonl", Golden.repositoryRoot.path + "/worklogs"], output: .closed)
    #expect(child.exitStatus == 2)
    #expect(child.stderr.contains("worklog: cannot write standard output"))
  }

  @Test func closedPipeEndsBySIGPIPEQuietly() throws {
    let binary = try #require(ChildProcess.binary, "build the worklog binary first (swift build)")
    let child = try ChildProcess(
      binary, ["parse", "--format", "jsonl", Golden.repositoryRoot.path + "/worklogs"], output: .closedPipe)
    #expect(child.signal == SIGPIPE)
    #expect(child.stderr.isEmpty)
  }
}

/// A count shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
  private var count = 0
  private let lock = NSLockless()
  func add() { lock.locked { count += 1 } }
  var value: Int { lock.locked { count } }
}

/// A lock from pthreads (the tests do not import Foundation for this).
final class NSLockless: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  init() { pthread_mutex_init(&mutex, nil) }
  func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
