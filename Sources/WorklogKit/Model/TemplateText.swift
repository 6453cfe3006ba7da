/// The text of a page that a template may have left: its `{{% notice %}}` blocks and its short
/// prose lines, as the parser found them (`Parsing/TemplateTextReader.swift`), so the
/// template-placeholder rule reads the model, not the page's lines.
public struct TemplateText: Sendable {
  /// A `{{% notice … %}}` … `{{% /notice %}}` block (or `{{< notice >}}`).
  public struct Notice: Sendable {
    /// The 1-based lines of the opening and the closing shortcode.
    public var openLine: Int
    public var closeLine: Int
    /// The bytes of the opening line's content.
    public var open: Range<Int>
    /// The block's text, opening line included, its lines joined by `\n`.
    public var text: String
  }

  /// A list item or text line outside notices, short enough to be a placeholder (240 bytes at
  /// most): its content bytes. Its text is made only when a reader needs it (`raw(in:)`): the
  /// placeholder rule settles most lines from their bytes alone.
  public struct Line: Sendable {
    public var content: Range<Int>

    /// The line as written, in `source` (the page's file), invalid UTF-8 repaired.
    public func raw(in source: SourceFile) -> String { source.text(bytes: content) }
  }

  public var notices: [Notice] = []
  public var lines: [Line] = []

  public init(notices: [Notice] = [], lines: [Line] = []) {
    self.notices = notices
    self.lines = lines
  }
}
