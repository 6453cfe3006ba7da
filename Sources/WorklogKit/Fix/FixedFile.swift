/// A file as `worklog fix` would leave it: the bytes it was read with, the bytes after the
/// accepted fixes, and the findings those fixes repaired.
package struct FixedFile: Sendable {
  package var path: String
  package var original: [UInt8]
  package var fixed: [UInt8]
  /// The findings fixed in this file, as they were found (a fix that edits a twin page counts
  /// where its finding is).
  package var fixes: [Diagnostic]
}
