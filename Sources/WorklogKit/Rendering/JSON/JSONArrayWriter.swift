/// A JSON array written one element at a time as a run goes (`lint --format json`, `parse
/// --format json`): `[`, each element on its own lines indented two spaces, commas between,
/// then `]` and a newline. An empty array is `[]`.
///
/// The pretty layout gives exactly `JSONValue.array(elements).pretty()` and a newline.
public struct JSONArrayWriter: Sendable {
  private var count = 0

  public init() {}

  /// The text before the first element.
  public let opening = "["

  /// An element's text, ready for `append`: compact (one line) or pretty (indented). It does not
  /// depend on the other elements, so it can be made on any thread.
  public static func element(_ value: JSONValue, pretty: Bool) -> String {
    String(decoding: elementBytes(value, pretty: pretty), as: UTF8.self)
  }

  /// `element(_:pretty:)` as UTF-8, for a command that writes bytes.
  public static func elementBytes(_ value: JSONValue, pretty: Bool) -> [UInt8] {
    value.bytes(pretty: pretty, depth: elementDepth(pretty: pretty), prefix: elementPrefix)
  }

  /// What an element's text starts with: its indent.
  static let elementPrefix = "  "

  /// How deep an element stands, for a writer that makes its text (`DocumentWriter`).
  static func elementDepth(pretty: Bool) -> Int { pretty ? 1 : 0 }

  /// The text of one element from `element(_:pretty:)`, after the separator it needs.
  public mutating func append(_ element: String) -> String { separator() + element }

  /// The separator the next element needs: what `append` puts before it.
  public mutating func separator() -> String {
    defer { count += 1 }
    return count == 0 ? "\n" : ",\n"
  }

  /// The text after the last element.
  public var closing: String { count == 0 ? "]\n" : "\n]\n" }
}
