/// A table found in a page body: a pipe table (header, separator, rows) or an HTML `<table>`.
struct RawTable: Sendable {
  enum Kind: String, Sendable { case pipe, html }
  var kind: Kind
  var header: RawRow
  var rows: [RawRow]
  /// First and last line of the table.
  var lines: ClosedRange<Int>
}
