import WorklogKit

/// The help `--help` prints, put together from a command's prose and its option declarations,
/// every line at most `width` columns.
enum HelpText {
  /// The widest line help may print: a standard terminal.
  static let width = 80

  /// A command's help: `Usage:`, the prose, the generated `Options:`, then the notes.
  static func command(_ command: any Command.Type) -> String {
    var out = "Usage: \(command.usage)\n\n"
    out += paragraphs(command.about)
    out += "Options:\n" + options(command.spec) + "\n"
    if !command.notes.isEmpty { out += "\n" + fill(command.notes) }
    return out
  }

  /// `worklog --help`: the commands, the options before a command, and the exit statuses.
  static func main() -> String {
    let names = CLI.commands.map { $0.name }
    let column = 2 + (names.map(\.count).max() ?? 0) + 2
    let list = CLI.commands.map { hanging("  " + $0.name, $0.summary, column: column) }.joined()
    let closing = fill(
      """
      A PATH is a page or a folder to search; '-' reads one page from standard input.

      Exit status: 0 success, 1 findings at or above the fail level, 2 usage or input error.
      """)
    return """
      worklog \(CLI.version): reads Hugo worklog pages, checks them, and summarises them.

      Usage: worklog <command> [options] [PATH ...]

      Commands:
      \(list)
      Options:
      \(options(CLI.spec))

      \(closing)
      """
  }

  /// The `Options:` lines of a spec, in declaration order; no newline after the last.
  ///
  /// An option whose values each have a help (`--format`) gets a line per value. A name too
  /// long for the column has the description on the lines below it.
  static func options(_ spec: OptionSpec) -> String {
    let column = spec.helpColumn ?? min(30, (spec.declarations.flatMap(labels).map(\.label.count).max() ?? 0) + 4)
    let text = spec.declarations.flatMap(labels).map { hanging($0.label, $0.help, column: column) }.joined()
    return String(text.dropLast())
  }

  /// The labels and descriptions one declaration prints: `  -h, --help`, `  --format text`.
  static func labels(_ d: OptionDeclaration) -> [(label: String, help: String)] {
    if case .choices(let choices) = d.values, !choices.isEmpty, choices.allSatisfy({ $0.help != nil }) {
      return choices.map { ("  --\(d.name) \($0.name)", $0.help ?? "") }
    }
    return [(label(d), d.help)]
  }

  /// `-h, --help` or `--config FILE`.
  static func label(_ d: OptionDeclaration, indent: String = "  ") -> String {
    indent + (d.short.map { "-\($0), " } ?? "") + "--" + d.name + (d.placeholder.map { " " + $0 } ?? "")
  }

  /// `label` then `text` wrapped from `column` to the width, each line ending in a newline; on
  /// the lines below when the label leaves no room.
  static func hanging(_ label: String, _ text: String, column: Int) -> String {
    let lines = text.isEmpty ? [] : WordWrap.wrap(text, width: width - column)
    let pad = String(repeating: " ", count: column)
    guard let first = lines.first else { return label + "\n" }
    var out: String
    if label.count + 2 <= column {
      out = label + String(repeating: " ", count: column - label.count) + first + "\n"
    } else {
      out = label + "\n" + pad + first + "\n"
    }
    for line in lines.dropFirst() { out += pad + line + "\n" }
    return out
  }

  /// Prose as written, filled to the width, each paragraph followed by a blank line.
  ///
  /// The lines of a paragraph (lines between blank lines) are joined and wrapped again, so a
  /// help text fits 80 columns however it was typed; an indented line (an example) stays a
  /// line of its own.
  static func paragraphs(_ text: String) -> String {
    text.isEmpty ? "" : fill(text) + "\n"
  }

  /// `text` refilled to the width, ending in a newline.
  static func fill(_ text: String) -> String {
    var out: [String] = []
    var pending: [Substring] = []
    func flush() {
      if !pending.isEmpty { out += WordWrap.wrap(pending.joined(separator: " "), width: width) }
      pending = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        flush()
        out.append("")
      } else if line.hasPrefix(" ") {
        flush()
        out += WordWrap.wrap(String(line), width: width)
      } else {
        pending.append(line)
      }
    }
    flush()
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
