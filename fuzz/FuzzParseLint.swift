// libFuzzer target over the parser, the linter and the renderers.
//
// Compiled into one module with the WorklogKit sources by fuzz/run.sh, so it sees internals.
// The input is one week page; a line `<<<twin>>>` splits it into the English page and its
// Vietnamese twin, so the cross-page paths (twin dates, site rules) are fuzzed too.
// Site-level mode: lines `<<<page>>>` split the input into several pages of one site (weeks 1, 1,
// 2, 2, … alternating English and Vietnamese), and a part after a line `<<<config>>>` becomes the
// site's `.worklog.json`, so cross-page code (site rules, twins, suppressions, configuration
// levels and unknown codes) is fuzzed. `fuzz/run.sh --site` starts from fuzz/seeds-site.
// A broken invariant traps, which libFuzzer reports as a crash with the input saved.

#if canImport(Glibc)
  import Glibc
#endif

private let englishPath = "site/content/1-Worklog/1.3-Week3/_index.md"
private let twinPath = "site/content/1-Worklog/1.3-Week3/_index.vi.md"
private let twinMarker = Array("\n<<<twin>>>\n".utf8)
private let pageMarker = Array("<<<page>>>\n".utf8)
private let configMarker = Array("<<<config>>>\n".utf8)
private let configPath = "site/.worklog.json"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParseLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  var files: [String: [UInt8]] = [englishPath: bytes]
  if FuzzCheck.find(pageMarker, in: bytes) != nil || FuzzCheck.find(configMarker, in: bytes) != nil {
    files = FuzzCheck.site(bytes)
  } else if let at = FuzzCheck.find(twinMarker, in: bytes) {
    files[englishPath] = Array(bytes[..<at])
    files[twinPath] = Array(bytes[(at + twinMarker.count)...])
  }
  let first = FuzzCheck.run(files)
  let second = FuzzCheck.run(files)
  FuzzCheck.require(first == second, "parsing and linting twice gave different output")
  FuzzCheck.checkFixes(files)
  return 0
}

/// One pass over the pages, and the invariants every pass must keep.
enum FuzzCheck {
  /// The files of a site-level input: pages split at `<<<page>>>` lines, the configuration after
  /// a `<<<config>>>` line.
  static func site(_ bytes: [UInt8]) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    var rest = bytes[...]
    var config: ArraySlice<UInt8>?
    if let at = find(configMarker, in: Array(rest)) {
      config = rest[(rest.startIndex + at + configMarker.count)...]
      rest = rest[..<(rest.startIndex + at)]
    }
    var parts: [ArraySlice<UInt8>] = []
    while let at = find(pageMarker, in: Array(rest)) {
      parts.append(rest[..<(rest.startIndex + at)])
      rest = rest[(rest.startIndex + at + pageMarker.count)...]
    }
    parts.append(rest)
    for (i, part) in parts.prefix(64).enumerated() {
      let week = i / 2 + 1
      let name = i % 2 == 0 ? "_index.md" : "_index.vi.md"
      files["site/content/1-Worklog/1.\(week)-Week\(week)/\(name)"] = Array(part)
    }
    if let config { files[configPath] = Array(config) }
    return files
  }

  /// Parses, lints and renders `files`; returns everything rendered, for the determinism check.
  static func run(_ files: [String: [UInt8]]) -> String {
    let fileSystem = MemoryFileSystem(bytes: files)
    let loader = PageLoader(fileSystem: fileSystem, parallelism: 1)
    let resolver = ConfigurationResolver(fileSystem: fileSystem)
    var out = ""
    // Discovery over the site, and the configuration's own checks (its error is output too).
    let found = Discovery(fileSystem: fileSystem).find(["site"])
    out += found.pages.joined(separator: "\n") + "\n"
    if let bytes = files[configPath] {
      let scan = ConfigurationScan(bytes)
      for (_, offset) in scan.topLevelKeys { require(offset >= 0 && offset < bytes.count, "configuration key outside the file") }
      do throws(ConfigurationError) {
        let config = try Configuration.decode(bytes, path: configPath)
        // Dictionaries iterate in a different order per instance: rules printed sorted.
        let rules = (config.rules ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }
        out += rules.joined(separator: ",") + " \(config.requiredKeys ?? []) \(config.languages ?? []) \(config.dateOrder ?? "") \(config.programStart ?? "")\n"
      } catch {
        requireNoControlBytes(JSONValue.string(error.message).serialized(), "configuration error")
        out += error.message + "\n"
      }
    }
    loader.forEachSite(files.keys.filter { $0 != configPath }.sorted()) { site in
      let findings = Linter().lint(site: site) { page in (try? resolver.configuration(for: page.path))??.configuration ?? Configuration() }
      let sources = Dictionary(site.pages.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
      for page in site.pages {
        let document = DocumentJSON.document(page).serialized()
        requireNoControlBytes(document, "parse JSON")
        checkLines(page)
        out += document + "\n"
      }
      let text = DiagnosticText(color: false)
      for d in findings {
        guard let file = sources[d.path] else { fail("finding for a page not in the site: \(d.path)") }
        checkRange(d.range, in: file, "\(d.code) \(d.message)")
        let rendered = text.render(d, source: file)
        require(!rendered.utf8.contains(0x1B), "raw ESC in text output")
        require(!rendered.unicodeScalars.contains(where: TerminalText.isInvisibleFormat), "raw bidi or zero-width character in text output")
        let json = DiagnosticJSON.finding(d).serialized()
        requireNoControlBytes(json, "finding JSON")
        out += rendered + json + "\n" + DiagnosticGitHub.annotation(d)
      }
      // Only the rules that fired: the descriptions of all of them would dominate each run.
      let fired = Set(findings.map(\.code))
      let rules = RuleRegistry.all.map(\.description).filter { fired.contains($0.code) }
      let sarif = DiagnosticSARIF.log(findings, rules: rules, version: "0") { sources[$0] }
      let pretty = sarif.pretty()
      out += pretty
    }
    return out
  }

  /// Every line number the parse model reports lies inside the file.
  static func checkLines(_ page: Worklog) {
    let count = page.source.lineCount
    func inside(_ line: Int, _ what: String) { require(line >= 1 && line <= count, "\(what) line \(line) outside 1...\(count)") }
    for s in page.sections { inside(s.lines.lowerBound, "section"); inside(s.lines.upperBound, "section end") }
    for e in page.objectives + page.achievements { inside(e.line, "list entry") }
    if let t = page.tasks {
      inside(t.lines.lowerBound, "table")
      inside(t.lines.upperBound, "table end")
      for row in t.rows {
        checkRange(row.range, in: page.source, "task row")
        for cell in row.cells { checkRange(cell.range, in: page.source, "task cell") }
      }
    }
    for issue in page.issues { checkRange(issue.range, in: page.source, "issue \(issue.kind)") }
  }

  /// A range's ends are real places in `file`: the location recomputed from the offset agrees,
  /// the start is not after the end, and the column lies within the line and its terminator.
  static func checkRange(_ range: SourceRange, in file: SourceFile, _ what: String) {
    for end in [range.start, range.end] {
      require(end.offset >= 0 && end.offset <= file.bytes.count, "\(what): offset \(end.offset) outside the file")
      require(end.line >= 1 && end.line <= file.lineCount, "\(what): line \(end.line) outside 1...\(file.lineCount)")
      let recomputed = file.location(at: end.offset)
      require(recomputed == end, "\(what): \(end) is not where offset \(end.offset) is (\(recomputed))")
      // Columns index the leniently decoded line, terminator included.
      let lineStart = file.lineStarts[end.line - 1]
      let lineBytes = lineStart..<(end.line < file.lineCount ? file.lineStarts[end.line] : file.bytes.count)
      let scalars = file.text(bytes: lineBytes).unicodeScalars.count
      require(end.column >= 1 && end.column <= scalars + 1, "\(what): column \(end.column) outside line \(end.line)")
      if end.offset >= lineStart, end.offset <= file.lineEnds[end.line - 1], file.scalarStart(atOrAfter: end.offset, limit: end.offset + 1) == end.offset {
        let before = file.text(bytes: lineStart..<end.offset).unicodeScalars.count
        require(end.column == before + 1, "\(what): column \(end.column) but \(before) scalars precede it")
      }
    }
    require(range.start.offset <= range.end.offset, "\(what): range ends before it starts")
  }

  /// No C0, DEL or C1 control reaches the output raw (C1 is 0xC2 0x80 … 0xC2 0x9F in UTF-8).
  static func requireNoControlBytes(_ json: String, _ what: String) {
    var lastWasC2 = false
    for b in json.utf8 {
      require(b >= 0x20 && b != 0x7F && !(lastWasC2 && b <= 0x9F), "raw control character in \(what)")
      lastWasC2 = b == 0xC2
    }
  }

  static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
      return i
    }
    return nil
  }

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
  }

  static func fail(_ message: String) -> Never {
    fputs("invariant broken: \(message)\n", stderr)
    abort()
  }
}

extension FuzzCheck {
  /// The fixer in memory (unsafe fixes too): a fixed file reads as it did (same pages, tasks,
  /// objectives, achievements), and fixing the fixed files again changes nothing once no fix
  /// is left pending.
  static func checkFixes(_ files: [String: [UInt8]]) {
    let fileSystem = MemoryFileSystem(bytes: files)
    let session = FixSession(lint: LintSession(fileSystem: fileSystem, parallelism: 1), applicability: .unsafe)
    var fixed = files
    var settled = true
    session.run(Workspace.resolve(["site"], fileSystem: fileSystem)) { siteFix in
      for file in siteFix.files {
        require(files[file.path] == file.original, "fix read other bytes than the file's")
        let before = WorklogParser.parse(SourceFile(path: file.path, bytes: file.original), path: PagePath(file.path)).map(PageReading.init)
        let after = WorklogParser.parse(SourceFile(path: file.path, bytes: file.fixed), path: PagePath(file.path)).map(PageReading.init)
        require(before.count == after.count && zip(before, after).allSatisfy { $0.difference(to: $1, datesMayChange: true) == nil }, "a fixed page reads differently")
        fixed[file.path] = file.fixed
      }
      if siteFix.result.findings.filter({ $0.autofix != nil }).count > siteFix.refused.count { settled = false }
    }
    guard settled, fixed != files else { return }
    let again = MemoryFileSystem(bytes: fixed)
    FixSession(lint: LintSession(fileSystem: again, parallelism: 1), applicability: .unsafe).run(Workspace.resolve(["site"], fileSystem: again)) { siteFix in
      require(siteFix.files.isEmpty, "fixing twice changed more than fixing once")
    }
  }
}
