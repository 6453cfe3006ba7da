/// Formatting the summary renderers share: dates, week lists, counts and safe text.
enum SummaryWording {
  /// `2025-10-27..10-31` (same year), `2025-12-29..2026-01-02`, `2025-10-27` (one day); nil
  /// when there is no date.
  static func compactRange(_ start: CalendarDate?, _ end: CalendarDate?) -> String? {
    guard let start, let end else { return (start ?? end)?.description }
    if start == end { return start.description }
    let tail = end.description
    return start.description + ".." + (start.year == end.year ? String(tail.dropFirst(5)) : tail)
  }

  /// `2025-10-27 to 2025-10-31`, one date, or nil.
  static func longRange(_ start: CalendarDate?, _ end: CalendarDate?) -> String? {
    guard let start, let end else { return (start ?? end)?.description }
    return start == end ? start.description : "\(start) to \(end)"
  }

  /// `1, 3-5, 9`: ascending weeks with runs of three or more collapsed.
  static func weekList(_ weeks: [Int]) -> String {
    var parts: [String] = []
    var i = 0
    let w = weeks.sorted()
    while i < w.count {
      var j = i
      while j + 1 < w.count && w[j + 1] == w[j] + 1 { j += 1 }
      if j - i >= 2 {
        parts.append("\(w[i])-\(w[j])")
      } else {
        parts += w[i...j].map(String.init)
      }
      i = j + 1
    }
    return parts.joined(separator: ", ")
  }

  /// `3 tasks`, `1 task`.
  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// `1 error, 2 warnings, 0 notes`.
  static func findings(_ f: FindingCounts) -> String {
    "\(count(f.error, "error")), \(count(f.warning, "warning")), \(count(f.note, "note"))"
  }

  /// `1/2/0`: errors, warnings, notes.
  static func findingsShort(_ f: FindingCounts) -> String { "\(f.error)/\(f.warning)/\(f.note)" }

  /// The languages as one short label: `en`, `en+vi`, `-` for none.
  static func languages(_ codes: [String]) -> String { codes.isEmpty ? "-" : codes.joined(separator: "+") }

  /// `path` relative to the site root when it lies below it.
  static func relative(_ path: String, to root: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) && root != "." ? String(path.dropFirst(prefix.count)) : path
  }

  /// A task's lines on one line: an item follows `; `, a sub-item after a sub-item `, `, and
  /// anything after a colon a space, so `Practice:` and its sub-items read as one phrase.
  static func oneLine(_ items: [TextItem]) -> String {
    var out = ""
    for (i, item) in items.enumerated() {
      if i > 0 {
        if out.hasSuffix(":") {
          out += " "
        } else {
          out += item.level > 1 && items[i - 1].level > 1 ? ", " : "; "
        }
      }
      out += item.text
    }
    return out
  }

  /// `text` with every C0/C1 control character (tab and newline included) and DEL written as a
  /// `\x1B`-style escape, so nothing from a page can drive a terminal or break a line.
  static func visible(_ text: String) -> String { TerminalText.escaped(text) }

  /// English weekday abbreviations, ISO order (1 = Monday).
  static func weekday(_ n: Int?) -> String? {
    guard let n, (1...7).contains(n) else { return nil }
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][n - 1]
  }
}
