/// A problem the parser met and worked around; the lint rules decide whether and how to report it.
public struct ParseIssue: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case invalidUTF8, nulBytes, unterminatedFence
  }
  public var kind: Kind
  public var range: SourceRange
  public var message: String
}
