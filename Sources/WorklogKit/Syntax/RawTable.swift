/// A table found in a page body: a pipe table (header, separator, rows) or an HTML `<table>`.
public struct RawTable: Sendable {
  public enum Kind: String, Sendable { case pipe, html }
  public var kind: Kind
  public var header: RawRow
  public var rows: [RawRow]
  /// First and last line of the table.
  public var lines: ClosedRange<Int>
}
