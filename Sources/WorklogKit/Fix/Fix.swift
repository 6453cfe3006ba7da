/// How far a fix may be trusted.
///
/// `safe`: the page means the same after it (a `weight` set to the week, a short row padded).
/// `unsafe`: a guess the author should review (a page date taken from its first task); `worklog
/// fix` applies these only with `--unsafe`.
public enum FixApplicability: String, Sendable, Hashable, CaseIterable, Comparable {
  case safe, unsafe

  public static func < (a: FixApplicability, b: FixApplicability) -> Bool { a == .safe && b == .unsafe }
}

/// One replacement of a span of a file's original bytes.
///
/// Offsets index `SourceFile.bytes` (the byte order mark counts), so an edit can never touch a
/// byte it does not name: everything outside `range` is copied through unchanged, invalid UTF-8
/// and line endings included. An empty `range` inserts; an empty `replacement` deletes.
public struct TextEdit: Sendable, Hashable {
  /// The bytes replaced, half-open.
  public var range: Range<Int>
  /// What they are replaced with.
  public var replacement: [UInt8]
  /// The file the edit is in when it is not the finding's own (a twin page); nil for the
  /// finding's file.
  public var path: String? = nil

  /// Replaces `range` with `replacement`.
  public init(range: Range<Int>, replacement: [UInt8]) {
    self.range = range
    self.replacement = replacement
  }

  /// Replaces `range` with the UTF-8 of `text`.
  public init(range: Range<Int>, with text: String) {
    self.init(range: range, replacement: Array(text.utf8))
  }

  /// Inserts `text` before byte `offset`.
  public static func insert(_ text: String, at offset: Int) -> TextEdit {
    TextEdit(range: offset..<offset, with: text)
  }

  /// Deletes `range`.
  public static func delete(_ range: Range<Int>) -> TextEdit {
    TextEdit(range: range, replacement: [])
  }
}

/// A mechanical repair of one finding: what it does, how far to trust it, and its edits.
///
/// A fix's edits never overlap one another. Two fixes whose edits overlap are not applied in the
/// same pass; `worklog fix` applies the first and reads the page again for the second.
public struct Fix: Sendable, Hashable {
  /// What the fix does, a lower-case fragment (`set weight to 8`).
  public var message: String
  public var applicability: FixApplicability
  /// Edits on the original bytes of the finding's file (or of the file an edit names), in any
  /// order, none overlapping.
  public var edits: [TextEdit]
  /// Whether the fix means to change a task's date (twin dates rewritten in the site's order):
  /// `worklog fix` then accepts tasks whose dates read differently after it, but never tasks
  /// whose text or count changed.
  public var changesDates: Bool

  /// A fix of `edits`.
  public init(_ message: String, _ applicability: FixApplicability, edits: [TextEdit], changesDates: Bool = false) {
    self.message = message
    self.applicability = applicability
    self.edits = edits
    self.changesDates = changesDates
  }

  /// A fix that replaces one span.
  public static func replace(
    _ range: Range<Int>, with text: String, _ message: String, _ applicability: FixApplicability = .safe
  ) -> Fix {
    Fix(message, applicability, edits: [TextEdit(range: range, with: text)])
  }
}
