/// Markdown-ish week pages for property tests: front matter (closed, unclosed, TOML, none),
/// headings, lists nested at random, pipe and HTML task tables with ragged rows, code fences,
/// comments and suppressions, with control characters, invalid bytes, NULs, a BOM and mixed
/// line endings sprinkled in.
package struct PageGenerator {
  /// Where the choices come from.
  package var random: SeededGenerator
  private var lines: [[UInt8]] = []

  /// A generator whose pages follow from `seed` alone.
  package init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
  package mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
  package mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

  /// One page's bytes.
  package mutating func page() -> [UInt8] {
    lines = []
    switch count(0...5) {
    case 0: break
    case 1:
      add("+++")
      add("title = \"Week 3\"")
      add("+++")
    case 2:
      add("---")
      add("title: \"Week 3\"")
      add("date: \(date())")  // never closed
    default:
      add("---")
      for key in [
        "title: \"Week \(count(1...12)) Worklog\"", "date: \(date())", "weight: \(count(0...13))",
        "pre: \" <b> 1.\(count(1...12)). </b> \"", "tags:", "  - a", "nested:", "  k: v",
      ] where chance(75) {
        add(key)
      }
      add(pick(["---", "...", "--- "]))
    }
    for _ in 0..<count(1...12) {
      switch count(0...9) {
      case 0:
        add(
          String(repeating: "#", count: count(1...7)) + " "
            + pick(["Week 3 Objectives:", "Tasks", "Achievements", "Tuần 3", "Week \(count(1...12))", "Notes"]))
      case 1, 2:
        for _ in 0..<count(1...6) {
          add(String(repeating: " ", count: count(0...8)) + pick(["- ", "* ", "1. ", "• ", "- [x] "]) + text())
        }
      case 3, 4: table()
      case 5:
        add("<table>")
        add("<tr><th>Day</th><th>Task</th><th>Start Date</th></tr>")
        add(
          "<tr><td>\(text())</td><td><ul><li>\(text())</li></ul></td><td>\(date())</td>" + (chance(80) ? "</tr>" : ""))
        if chance(80) { add("</table>") }
      case 6:
        add(pick(["```", "~~~", "````bash"]))
        add(text())
        if chance(60) { add(pick(["```", "~~~", "````"])) }
      case 7:
        add(
          pick([
            "<!-- worklog-disable-next-line WL999 -->", "<!-- worklog-disable-file WL107, weight-not-week -->",
            "<!-- open comment", "-->",
          ]))
      case 8: add(pick(["**Goals:**", "Week 3 Objectives:", "---", "***", "{{% notice %}}"]))
      default: add(text())
      }
      if chance(30) { add("") }
    }
    var bytes: [UInt8] = chance(15) ? [0xEF, 0xBB, 0xBF] : []
    let ending = pick([[0x0A], [0x0D, 0x0A], [0x0D], [0x0A]] as [[UInt8]])
    for line in lines {
      bytes += line
      bytes += chance(10) ? pick([[0x0A], [0x0D, 0x0A], [0x0D]] as [[UInt8]]) : ending
    }
    if chance(20) { bytes.removeLast() }
    // Bytes no editor meant: invalid UTF-8, NULs, controls, halves of sequences.
    for _ in 0..<(chance(30) ? count(1...4) : 0) where !bytes.isEmpty {
      bytes.insert(
        pick([0xFF, 0x00, 0x80, 0xC3, 0xE2, 0xF0, 0x1B, 0x07, 0x7F, 0x0D]), at: count(0...(bytes.count - 1)))
    }
    return bytes
  }

  mutating func add(_ s: String) { lines.append(Array(s.utf8)) }

  /// A task table, some rows ragged, some cells empty.
  mutating func table() {
    let header = pick([
      ["Day", "Task", "Start Date", "Completion Date", "Reference Material"], ["Thứ", "Công việc", "Ngày bắt đầu"],
      ["Task"], ["Day", "Task"],
    ])
    add("| " + header.joined(separator: " | ") + " |")
    add("|" + header.map { _ in pick(["---", ":--:", " --- "]) }.joined(separator: "|") + "|")
    for _ in 0..<count(0...5) {
      let cells = (0..<max(0, header.count + count(-2...2))).map { _ in
        chance(40) ? date() : chance(30) ? pick(["2", "Mon", "Thứ 3", "CN", "Day 3", "2 - 4", ""]) : text()
      }
      add(pick(["| ", "|", ""]) + cells.joined(separator: " | ") + pick([" |", "", "|"]))
    }
  }

  mutating func date() -> String {
    pick([
      "2025-09-22", "22/09/2025", "09/22/2025", "31/02/2025", "\"`r Sys.Date()`\"", "03-09/08/2026", "17 April 2026",
      "", "N/A",
    ])
  }

  mutating func text() -> String {
    var s = ""
    for _ in 0..<count(1...6) {
      s +=
        pick([
          "Study IAM", "[AWS](https://aws.amazon.com/)", "<https://x.y>", "**bold**", "`code`", "&emsp;+ sub", "<br>",
          "Thứ 2",
          "\u{1B}[31mred\u{1B}[0m", "\u{07}", "\u{9B}", "[broken]( )", "[[nested](u)](v)", "{{< ref >}}", "Café", "✓",
          "|", "\\|",
          "http://a.b/c).", "\t", "\u{00A0}",
        ]) + " "
    }
    return s
  }
}
