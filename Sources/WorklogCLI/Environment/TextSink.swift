import WorklogKit

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
  public init(
    writer: @escaping @Sendable (UnsafeRawBufferPointer) -> Int,
    onFailure: @escaping @Sendable (OutputFailure) -> Void = { _ in }
  ) {
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
  public func write(_ text: String) { append { $0.append(contentsOf: text.utf8) } }

  /// Appends bytes as they are (a diff of a page that is not UTF-8, JSON written as bytes).
  public func write(bytes: [UInt8]) { append { $0.append(contentsOf: bytes) } }

  /// Adds to the buffer under the lock, unless a write failed: a sink that failed from the start
  /// tells `onFailure` at the first write, text or bytes, and drops it.
  private func append(_ add: (inout [UInt8]) -> Void) {
    let failure: OutputFailure? = lock.locked {
      if let failed {
        guard pendingReport else { return nil }
        pendingReport = false
        return failed
      }
      add(&buffer)
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
          n = System.write(fd, rest)
          if n < 0 { error = System.errorNumber }
        } else {
          n = rest.count
        }
        if n < 0 {
          if error == System.Error.interrupted || error == System.Error.wouldBlock { continue }
          return
        }
        if n == 0 {
          error = System.Error.inputOutput
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
