@testable import WorklogKit

/// What must hold for any input, however broken: the checks the fuzz target makes, for tests.
enum Invariants {
  static let englishPath = "site/content/1-Worklog/1.3-Week3/_index.md"
  static let twinPath = "site/content/1-Worklog/1.3-Week3/_index.vi.md"

  /// The run's lint loop over in-memory `files`, every page with the default configuration.
  static func session(_ files: [String: [UInt8]]) -> LintSession {
    LintSession(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1, fixedConfiguration: ("", Configuration()))
  }

  /// Everything a run produces from `files`, as bytes to compare: each page's parse JSON, each
  /// finding as JSON and as text, and the SARIF log.
  static func output(_ files: [String: [UInt8]]) -> String {
    var out = ""
    PageLoader(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1).forEachSite(files.keys.sorted()) { site in
      let findings = session(files).lint(site).findings
      let sources = Dictionary(site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      for page in site.pages { out += DocumentJSON.document(page).serialized() + "\n" }
      for d in findings {
        out += DiagnosticJSON.finding(d).serialized() + "\n" + DiagnosticText(color: false).render(d, source: sources[d.path])
      }
      let fired = Set(findings.map(\.code))
      let rules = RuleRegistry.all.map(\.description).filter { fired.contains($0.code) }
      out += DiagnosticSARIF.log(findings, rules: rules, version: "0") { sources[$0] }.serialized()
    }
    return out
  }

  /// The codes of every finding in `files`.
  static func codes(_ files: [String: [UInt8]]) -> Set<String> {
    var codes = Set<String>()
    PageLoader(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1).forEachSite(files.keys.sorted()) { site in
      codes.formUnion(session(files).lint(site).findings.map(\.code))
    }
    return codes
  }

  /// The problems with `files`' findings and parsed ranges: empty when every line, column and
  /// offset lies inside its file and agrees with the others.
  static func violations(_ files: [String: [UInt8]]) -> [String] {
    var problems: [String] = []
    PageLoader(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1).forEachSite(files.keys.sorted()) { site in
      let sources = Dictionary(site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      for d in session(files).lint(site).findings {
        guard let file = sources[d.path] else {
          problems.append("\(d.code) in \(d.path), which is not a page of the site")
          continue
        }
        problems += check(d.range, in: file, "\(d.code) \(d.message)")
      }
      for page in site.pages {
        for row in page.tasks?.rows ?? [] {
          problems += check(row.range, in: page.source, "task row")
          for cell in row.cells { problems += check(cell.range, in: page.source, "task cell") }
        }
        for issue in page.issues { problems += check(issue.range, in: page.source, "issue \(issue.kind)") }
        for s in page.sections where s.lines.lowerBound < 1 || s.lines.upperBound > page.source.lineCount {
          problems.append("section \(s.kind) at lines \(s.lines) of \(page.source.lineCount)")
        }
      }
    }
    return problems
  }

  /// Both ends of `range` are real places in `file`.
  static func check(_ range: SourceRange, in file: SourceFile, _ what: String) -> [String] {
    var problems: [String] = []
    for end in [range.start, range.end] {
      guard end.offset >= 0, end.offset <= file.bytes.count, end.line >= 1, end.line <= file.lineCount else {
        problems.append("\(what): \(end) outside the file (\(file.bytes.count) bytes, \(file.lineCount) lines)")
        continue
      }
      if file.location(at: end.offset) != end { problems.append("\(what): \(end) is not where its offset is") }
      let lineStart = file.lineStarts[end.line - 1]
      let next = end.line < file.lineCount ? file.lineStarts[end.line] : file.bytes.count
      let scalars = file.text(bytes: lineStart..<next).unicodeScalars.count
      if end.column < 1 || end.column > scalars + 1 { problems.append("\(what): column \(end.column) outside line \(end.line)") }
      if end.offset >= lineStart, end.offset <= file.lineEnds[end.line - 1], file.scalarStart(atOrAfter: end.offset, limit: end.offset + 1) == end.offset {
        let before = file.text(bytes: lineStart..<end.offset).unicodeScalars.count
        if end.column != before + 1 { problems.append("\(what): column \(end.column) but \(before) scalars before it") }
      }
    }
    if range.start.offset > range.end.offset { problems.append("\(what): ends before it starts") }
    return problems
  }
}
