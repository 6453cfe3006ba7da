/// What a body line of a page is, as far as the worklog reader cares.
enum MarkdownLineKind: Sendable, Equatable {
  case blank
  /// `#` … `######`; the content is the heading text without the marks.
  case heading(level: Int)
  /// `-`, `*`, `+`, `1.` or `1)`; the content is the text after the marker.
  case listItem(indent: Int, ordered: Bool)
  /// A line starting with `|` (after indentation).
  case tableRow
  /// `---`, `***`, `___` in the body: a rule, never a front-matter fence.
  case thematicBreak
  /// An opening or closing code fence.
  case fence
  /// A line inside a code fence.
  case code
  /// A raw HTML line (`<table>`, `<div>`, …).
  case html
  /// A line inside or making up an HTML comment.
  case comment
  /// A Hugo shortcode line (`{{% notice %}}`).
  case shortcode
  /// A GitHub alert's marker (`> [!IMPORTANT]`): it names the box, it is not content.
  case alert
  /// Any other text (a paragraph line).
  case text
}
