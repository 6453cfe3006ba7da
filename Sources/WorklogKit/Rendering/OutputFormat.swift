/// The formats a command can write: one case each. A command's `--format` choices, its help
/// and its shell completions all come from the cases, so a format is added in one place.
public protocol OutputFormat: CaseIterable, Sendable, RawRepresentable where RawValue == String {
  /// What the format is, in a few words for the help (no full stop; the help adds one).
  var help: String { get }
  /// The format used without `--format`.
  static var standard: Self { get }
}
