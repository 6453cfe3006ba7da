/// One task to log: its text, its day and maybe a reference, as `worklog add` was given them.
package struct TaskAddition: Sendable, Equatable {
  /// A reference to write in the row: a URL and maybe a title.
  package struct Link: Sendable, Equatable {
    package var url: String
    package var title: String?

    package init(url: String, title: String? = nil) {
      self.url = url
      self.title = title
    }
  }

  /// The task as the user wrote it (Markdown; one line).
  package var text: String
  package var date: CalendarDate
  package var reference: Link?

  /// An addition; throws when `text` is empty or holds a line break (a table cell is one line).
  package init(text: String, date: CalendarDate, reference: Link? = nil) throws(TrackerError) {
    guard !text.trimmingSpaces.isEmpty else { throw TrackerError("the task text is empty") }
    guard !text.unicodeScalars.contains(where: { ["\n", "\r", "\u{2028}", "\u{2029}"].contains($0) }) else {
      throw TrackerError("the task text holds a line break; a table cell is one line (write <br> between items)")
    }
    if let reference, reference.url.contains(where: \.isWhitespace) {
      throw TrackerError("the reference URL '\(reference.url)' holds a space")
    }
    self.text = text.trimmingSpaces
    self.date = date
    self.reference = reference
  }

  /// The text as a pipe-table cell writes it: every `|` escaped `\|`.
  var cellText: String { PipeRow.escaped(text) }
}
