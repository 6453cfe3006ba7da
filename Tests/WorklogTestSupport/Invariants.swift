#if !WORKLOG_FUZZ
  @testable import WorklogKit
#endif

/// What must hold for any input, however broken: one home for the checks the fuzz target makes
/// and the tests make over generated pages and the fuzz fixtures.
///
/// `fuzz/run.sh` compiles this file into one module with the WorklogKit sources (with
/// `-D WORKLOG_FUZZ`, so it imports nothing), which is why it uses only WorklogKit and the
/// standard library: no Testing. The checks return the problems they find; the fuzz target traps
/// on any, a test expects none.
package enum Invariants {
  /// The page a single-page input is read as.
  package static let englishPath = "site/content/1-Worklog/1.3-Week3/_index.md"
  /// The page's Vietnamese twin, when the input has a `<<<twin>>>` line.
  package static let twinPath = "site/content/1-Worklog/1.3-Week3/_index.vi.md"
  /// The configuration of a site-level input (the part after a `<<<config>>>` line).
  package static let configPath = "site/.worklog.json"

  private static let twinMarker = Array("\n<<<twin>>>\n".utf8)
  private static let pageMarker = Array("<<<page>>>\n".utf8)
  private static let configMarker = Array("<<<config>>>\n".utf8)

  /// What one pass over some files gave: everything rendered (to compare two passes), and the
  /// problems found on the way.
  package struct Pass: Sendable, Equatable {
    /// Discovery, the configuration, each page's parse JSON, each finding as text, JSON and a
    /// GitHub annotation, and each site's SARIF log.
    package var output = ""
    /// Every invariant the pass broke, as `what: how`; empty when all hold.
    package var violations: [String] = []
  }

  /// The files a fuzz input stands for. Lines `<<<page>>>` split it into the pages of one site
  /// (weeks 1, 1, 2, 2, … alternating English and Vietnamese) and a part after a line
  /// `<<<config>>>` is the site's configuration; otherwise a line `<<<twin>>>` splits it into the
  /// English page and its Vietnamese twin; otherwise it is the one English page.
  package static func files(fuzzInput bytes: [UInt8]) -> [String: [UInt8]] {
    if find(pageMarker, in: bytes[...]) != nil || find(configMarker, in: bytes[...]) != nil { return site(bytes) }
    if let at = find(twinMarker, in: bytes[...]) {
      return [englishPath: Array(bytes[..<at]), twinPath: Array(bytes[(at + twinMarker.count)...])]
    }
    return [englishPath: bytes]
  }

  private static func site(_ bytes: [UInt8]) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    var rest = bytes[...]
    if let at = find(configMarker, in: rest) {
      files[configPath] = Array(rest[(at + configMarker.count)...])
      rest = rest[..<at]
    }
    var parts: [ArraySlice<UInt8>] = []
    while let at = find(pageMarker, in: rest) {
      parts.append(rest[..<at])
      rest = rest[(at + pageMarker.count)...]
    }
    parts.append(rest)
    for (i, part) in parts.prefix(64).enumerated() {
      let week = i / 2 + 1
      let name = i % 2 == 0 ? "_index.md" : "_index.vi.md"
      files["site/content/1-Worklog/1.\(week)-Week\(week)/\(name)"] = Array(part)
    }
    return files
  }

  /// The run's lint loop over in-memory `files`: configuration files among them apply.
  package static func session(_ files: [String: [UInt8]]) -> LintSession {
    LintSession(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1)
  }

  /// Everything a run produces from `files`, as text to compare between two runs.
  package static func output(_ files: [String: [UInt8]]) -> String { pass(files).output }

  /// The invariants `files` break: empty when every line, column and offset reported lies inside
  /// its file and agrees with the others, and no output carries a raw control character.
  package static func violations(_ files: [String: [UInt8]]) -> [String] { pass(files).violations }

  /// The codes of every finding in `files`.
  package static func codes(_ files: [String: [UInt8]]) -> Set<String> {
    var codes = Set<String>()
    let session = session(files)
    session.loader.forEachSite(pagePaths(files)) { codes.formUnion(session.lint($0).findings.map(\.code)) }
    return codes
  }

  /// Parses, lints and renders `files`, checking every invariant on the way.
  package static func pass(_ files: [String: [UInt8]]) -> Pass {
    var pass = Pass()
    let session = session(files)
    // Discovery over the site, and the configuration's own checks (its error is output too).
    pass.output += Discovery(fileSystem: session.loader.fileSystem).find(["site"]).pages.joined(separator: "\n") + "\n"
    if let bytes = files[configPath] { configuration(bytes, into: &pass) }
    var used: [String: LintSession.Found] = [:]
    session.loader.forEachSite(pagePaths(files)) { site in
      let result = session.lint(site)
      for found in result.configurations { used[found.path] = found }
      let sources = Dictionary(site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      for page in site.pages {
        let document = DocumentJSON.document(page).serialized()
        pass.violations += controlBytes(document, "parse JSON of \(page.path)")
        if DocumentWriter.bytes(page, pretty: false) != Array(document.utf8) {
          pass.violations.append("parse JSON of \(page.path): the direct writer differs from DocumentJSON")
        }
        pass.violations += lines(page)
        pass.output += document + "\n"
      }
      findings(result.findings, sources, into: &pass)
      // Only the rules that fired: the descriptions of all of them would dominate each run.
      let fired = Set(result.findings.map(\.code))
      let rules = RuleRegistry.all.map(\.description).filter { fired.contains($0.code) }
      pass.output += DiagnosticSARIF.log(result.findings, rules: rules, version: "0") { sources[$0] }.pretty()
    }
    let configured = session.configurationFindings(used.keys.sorted().compactMap { used[$0] })
    findings(configured.findings, configured.sources, into: &pass)
    return pass
  }

  private static func pagePaths(_ files: [String: [UInt8]]) -> [String] {
    files.keys.filter { $0 != configPath }.sorted()
  }

  /// The configuration decoded (rules sorted: dictionaries iterate in a different order per
  /// instance) or its error; every top-level key found inside the file.
  private static func configuration(_ bytes: [UInt8], into pass: inout Pass) {
    for (key, offset) in ConfigurationScan(bytes).topLevelKeys where offset < 0 || offset >= bytes.count {
      pass.violations.append("configuration key \(key) at offset \(offset), outside the file")
    }
    do throws(ConfigurationError) {
      let config = try Configuration.decode(bytes, path: configPath)
      let rules = (config.rules ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }
      pass.output += rules.joined(separator: ",")
      pass.output += " \(config.requiredKeys ?? []) \(config.languages ?? []) \(config.dateOrder ?? "")"
      pass.output += " \(config.programStart ?? "")\n"
    } catch {
      pass.violations += controlBytes(JSONValue.string(error.message).serialized(), "configuration error")
      pass.output += error.message + "\n"
    }
  }

  /// Each finding lies in a file it names and renders without raw control characters.
  private static func findings(_ findings: [Diagnostic], _ sources: [String: SourceFile], into pass: inout Pass) {
    let text = DiagnosticText(color: false)
    for d in findings {
      guard let file = sources[d.path] else {
        pass.violations.append("\(d.code) in \(d.path), which is not a file read")
        continue
      }
      pass.violations += check(d.range, in: file, "\(d.code) \(d.message)")
      let rendered = text.render(d, source: file)
      if rendered.utf8.contains(0x1B) { pass.violations.append("\(d.code): raw ESC in text output") }
      if rendered.unicodeScalars.contains(where: TerminalText.isInvisibleFormat) {
        pass.violations.append("\(d.code): raw bidi or zero-width character in text output")
      }
      let json = DiagnosticJSON.finding(d).serialized()
      pass.violations += controlBytes(json, "\(d.code) finding JSON")
      let tree = JSONArrayWriter.element(DiagnosticJSON.finding(d, source: file), pretty: false)
      if DiagnosticJSON.element(d, source: file) != tree {
        pass.violations.append("\(d.code) finding JSON: the direct writer differs from DiagnosticJSON")
      }
      pass.output += rendered + json + "\n" + DiagnosticGitHub.annotation(d)
    }
  }

  /// Every line and range the parse model reports lies inside the page.
  static func lines(_ page: Worklog) -> [String] {
    var problems: [String] = []
    let count = page.source.lineCount
    func inside(_ line: Int, _ what: String) {
      if line < 1 || line > count { problems.append("\(what) line \(line) outside 1...\(count)") }
    }
    for s in page.sections {
      inside(s.lines.lowerBound, "section \(s.kind)")
      inside(s.lines.upperBound, "section \(s.kind) end")
    }
    for e in page.objectives + page.achievements { inside(e.line, "list entry") }
    if let table = page.tasks {
      inside(table.lines.lowerBound, "table")
      inside(table.lines.upperBound, "table end")
      for row in table.rows {
        problems += check(row.range, in: page.source, "task row")
        for cell in row.cells { problems += check(cell.range, in: page.source, "task cell") }
      }
    }
    for issue in page.issues { problems += check(issue.range, in: page.source, "issue \(issue.kind)") }
    return problems
  }

  /// Both ends of `range` are real places in `file`: the location recomputed from the offset
  /// agrees, the column lies within the line and its terminator, and the start is not after the
  /// end.
  package static func check(_ range: SourceRange, in file: SourceFile, _ what: String) -> [String] {
    var problems: [String] = []
    for end in [range.start, range.end] {
      guard end.offset >= 0, end.offset <= file.bytes.count, end.line >= 1, end.line <= file.lineCount else {
        problems.append("\(what): \(end) outside the file (\(file.bytes.count) bytes, \(file.lineCount) lines)")
        continue
      }
      let recomputed = file.location(at: end.offset)
      if recomputed != end { problems.append("\(what): \(end) is not where offset \(end.offset) is (\(recomputed))") }
      // Columns index the leniently decoded line, terminator included.
      let lineStart = file.lineStarts[end.line - 1]
      let next = end.line < file.lineCount ? file.lineStarts[end.line] : file.bytes.count
      let scalars = file.text(bytes: lineStart..<next).unicodeScalars.count
      if end.column < 1 || end.column > scalars + 1 {
        problems.append("\(what): column \(end.column) outside line \(end.line)")
      }
      if end.offset >= lineStart, end.offset <= file.lineEnds[end.line - 1],
        file.scalarStart(atOrAfter: end.offset, limit: end.offset + 1) == end.offset
      {
        let before = file.text(bytes: lineStart..<end.offset).unicodeScalars.count
        if end.column != before + 1 { problems.append("\(what): column \(end.column) but \(before) scalars before it") }
      }
    }
    if range.start.offset > range.end.offset { problems.append("\(what): ends before it starts") }
    return problems
  }

  /// No C0, DEL or C1 control reaches `json` raw (C1 is 0xC2 0x80 … 0xC2 0x9F in UTF-8).
  static func controlBytes(_ json: String, _ what: String) -> [String] {
    var lastWasC2 = false
    for b in json.utf8 {
      if b < 0x20 || b == 0x7F || (lastWasC2 && b <= 0x9F) { return ["raw control character in \(what)"] }
      lastWasC2 = b == 0xC2
    }
    return []
  }

  /// Where `needle` first starts in `bytes` (an index of `bytes`), if it does.
  static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var i = bytes.startIndex
    while i <= bytes.endIndex - needle.count {
      if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}
