import WorklogKit

/// Why output could not be written: the system's error number.
public struct OutputFailure: Error, Sendable, Equatable {
  public var errorNumber: Int32
  public init(errorNumber: Int32) { self.errorNumber = errorNumber }

  /// The reader went away (`| head`): the conventional end is quiet, by SIGPIPE.
  public var isClosedPipe: Bool { errorNumber == System.Error.brokenPipe }

  /// The reason in words (`no space left on device`).
  public var reason: String {
    switch errorNumber {
    case System.Error.noSpace: return "no space left on device"
    case System.Error.badDescriptor: return "not open (closed standard output)"
    case System.Error.brokenPipe: return "broken pipe"
    default: return System.errorText(errorNumber)
    }
  }
}
