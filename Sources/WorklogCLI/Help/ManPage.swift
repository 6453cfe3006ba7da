/// `worklog help --man`: the manual page in roff, from the same parts as `--help` (each
/// command's usage, prose and option declarations), so the two cannot drift.
enum ManPage {
  static func render() -> String {
    var out = """
      .TH WORKLOG 1 "" "worklog \(CLI.version)" "User Commands"
      .SH NAME
      worklog \\- reads Hugo worklog pages, checks them, and summarises them
      .SH SYNOPSIS
      .B worklog
      .I command
      [options] [PATH ...]
      .SH DESCRIPTION
      worklog reads the weekly worklog pages of a Hugo site (front matter, objectives, the task
      table, achievements), checks them, and summarises them.
      A PATH is a page or a folder to search; '\\-' reads one page from standard input.
      .SH OPTIONS

      """
    out += options(CLI.spec.declarations)
    out += ".SH COMMANDS\n"
    for command in CLI.commands {
      out += ".SS \(quoted(command.name))\n\(text(command.summary))\n.PP\n"
      out += ".B Usage:\n" + text(command.usage) + "\n"
      if command.about != command.summary { out += ".PP\n" + text(command.about) + "\n" }
      out += options(command.spec.declarations)
      if !command.notes.isEmpty { out += ".PP\n" + text(command.notes) + "\n" }
    }
    out += """
      .SH EXIT STATUS
      0 success; 1 findings at or above the fail level (lint); 2 a usage error, an unreadable
      path or a bad configuration.
      .SH ENVIRONMENT
      .TP
      .B NO_COLOR
      When set and not empty, lint's text is not coloured (unless \\-\\-color always or FORCE_COLOR).
      .TP
      .B FORCE_COLOR
      When set and not empty (and not 0), lint's text is coloured even when not written to a terminal.
      .TP
      .B WORKLOG_TODAY
      A YYYY\\-MM\\-DD date the commands that place weeks on the calendar take as today.
      .SH SEE ALSO
      .BR worklog\\ rules ,
      .BR worklog\\ explain\\ CODE .

      """
    return out
  }

  /// A `.TP` entry per option (per value for an option whose values each have a help).
  static func options(_ declarations: [OptionDeclaration]) -> String {
    var out = ""
    for d in declarations {
      for (label, help) in HelpText.labels(d) {
        let plain = label.drop { $0 == " " }
        out += ".TP\n.B \(escape(String(plain)))\n\(text(help.isEmpty ? "(no description)" : help))\n"
      }
    }
    return out
  }

  /// Prose as roff text: lines kept, escapes doubled, a line starting with `.` or `'` guarded.
  static func text(_ prose: String) -> String {
    prose.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line -> String in
        let trimmed = line.drop { $0 == " " }
        if trimmed.isEmpty { return ".PP" }
        let indented = trimmed.count < line.count
        let escaped = escape(String(indented ? line : trimmed))
        return (escaped.hasPrefix(".") || escaped.hasPrefix("'") || indented ? "\\&" : "") + escaped
      }
      .joined(separator: "\n")
  }

  /// `\` as `\e`, `-` as `\-` (a minus sign, so options copy and search as typed).
  static func escape(_ text: String) -> String {
    text.replacingAll("\\", with: "\\e").replacingAll("-", with: "\\-")
  }

  /// A `.SS` title in double quotes.
  static func quoted(_ text: String) -> String { "\"" + text.replacingAll("\"", with: "\\(dq") + "\"" }
}
