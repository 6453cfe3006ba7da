/// One `worklog fix` run: lint each site as `lint` would, apply the fixes of the level asked for,
/// read the site again in memory with the new bytes, and keep a pass only when the fixed findings
/// are gone, no finding appeared and every page it touched reads the same (kind, week,
/// objectives, achievements, tasks and their dates). Passes repeat until nothing fixable is left
/// (at most `maximumPasses`), so fixing twice gives what fixing once did.
///
/// Nothing is written here: the command writes the files of each `SiteFix` (or prints a diff).
package struct FixSession: Sendable {
  package var lint: LintSession
  /// The highest level applied: `.safe`, or `.unsafe` for both (`--unsafe`).
  package var applicability: FixApplicability
  /// How many times a site is fixed and read again at most.
  package var maximumPasses = 8

  package init(lint: LintSession, applicability: FixApplicability) {
    self.lint = lint
    self.applicability = applicability
  }

  /// Fixes each site of `workspace` across cores; `body` gets the results one site at a time, in
  /// order.
  package func run(_ workspace: Workspace, _ body: (SiteFix) -> Void) {
    var located: [String: [PagePath]] = [:]
    for page in workspace.pages { located[page.site.root, default: []].append(page) }
    let bySite = located
    lint.loader.forEachSite(
      located: workspace.pages,
      transform: { site in
        self.fix(site, located: bySite[site.identity.root] ?? [], shown: workspace.shown[site.identity.root])
      }, body)
  }

  /// A finding's identity across passes, where its place may have moved.
  private struct Key: Hashable {
    var path: String
    var code: String
    var message: String
    init(_ d: Diagnostic) {
      path = d.path
      code = d.code
      message = Key.placedInMessage.contains(d.code) ? "" : d.message
    }

    /// Rules whose message names a place in the file (invalid UTF-8: the byte it starts at), which
    /// an edit before it moves: the same finding by its file and code (found by the fuzz target:
    /// a fix refused as "adding" the moved finding was made by a second `fix`).
    static let placedInMessage: Set<String> = [InvalidUTF8Rule().description.code]
  }

  /// A refused fix, known again in a later pass.
  private struct RefusalKey: Hashable {
    var finding: Key
    var fix: String
  }

  /// A site after one attempt that was kept.
  private struct Reading {
    var site: Site
    var result: LintSession.SiteResult
    var bytes: [String: [UInt8]]
  }

  /// Fixes one site whose pages are `located`; only pages in `shown` (all when nil) are changed.
  package func fix(_ site: Site, located: [PagePath], shown: Set<String>?) -> SiteFix {
    let original = Dictionary(site.pages.map { ($0.path, $0.source.bytes) }, uniquingKeysWith: { a, _ in a })
    var current = Reading(site: site, result: lint.lint(site, shown: shown), bytes: [:])
    // A refusal holds for the reading it was made on: once a pass changes the site, the fixes
    // refused before are tried again (a fix can become acceptable through another: the fuzz
    // target found a weight fix refused until a title fix made the week certain, then made by a
    // second `fix`). What is still refused at the end is reported, in the order first refused.
    var refusals: [RefusalKey: FixRefusal] = [:]
    var refusalOrder: [RefusalKey] = []
    var refusedKeys = Set<RefusalKey>()
    var fixed: [(finding: Diagnostic, file: String)] = []
    func refuse(_ d: Diagnostic, _ reason: String) {
      let key = RefusalKey(finding: Key(d), fix: d.autofix?.message ?? "")
      if refusals[key] == nil { refusalOrder.append(key) }
      refusals[key] = FixRefusal(finding: d, reason: reason)
      refusedKeys.insert(key)
    }

    for _ in 0..<maximumPasses {
      let candidates = current.result.findings.filter { d in
        guard isApplied(d, shown: shown), let fix = d.autofix else { return false }
        return !refusedKeys.contains(RefusalKey(finding: Key(d), fix: fix.message))
      }
      if candidates.isEmpty { break }
      let batch = FixSession.compatible(candidates)
      var kept: (Reading, [Diagnostic])?
      switch attempt(batch, on: current, located: located, shown: shown) {
      case .kept(let next): kept = (next, batch)
      case .refused(let reason) where batch.count == 1:
        refuse(batch[0], reason)
      case .refused:
        // One of them spoils the rest: each alone, then those that pass together (or the first).
        var good: [(Diagnostic, Reading)] = []
        for d in batch {
          switch attempt([d], on: current, located: located, shown: shown) {
          case .kept(let next): good.append((d, next))
          case .refused(let reason): refuse(d, reason)
          }
        }
        if good.count > 1, case .kept(let next) = attempt(good.map(\.0), on: current, located: located, shown: shown) {
          kept = (next, good.map(\.0))
        } else if let first = good.first {
          kept = (first.1, [first.0])
        }
      }
      guard let (next, applied) = kept else { continue }
      for d in applied {
        let paths = FixSession.editedPaths(d)
        fixed.append((d, paths.contains(d.path) ? d.path : paths.first ?? d.path))
      }
      current = next
      refusedKeys.removeAll()
    }
    // Refused and not made: fixes still found on the final reading (a refusal whose finding a
    // later pass removed, by that fix or another, is moot). Two findings may share a key (the
    // same typo twice in a page): one refusal stands for them, as before.
    let remaining = Set(current.result.findings.map { RefusalKey(finding: Key($0), fix: $0.autofix?.message ?? "") })
    let refused = refusalOrder.compactMap { key in remaining.contains(key) ? refusals[key] : nil }

    var files: [FixedFile] = []
    var seen = Set<String>()
    for page in site.pages where seen.insert(page.path).inserted {
      guard let bytes = current.bytes[page.path], let old = original[page.path], bytes != old else { continue }
      files.append(
        FixedFile(
          path: page.path, original: old, fixed: bytes, fixes: fixed.filter { $0.file == page.path }.map(\.finding)))
    }
    let unsafeLeft =
      applicability == .unsafe
      ? 0
      : current.result.findings.filter { d in
        d.autofix?.applicability == .unsafe && isApplied(d, shown: shown, at: .unsafe)
      }.count
    return SiteFix(result: current.result, files: files, refused: refused, moreWithUnsafe: unsafeLeft)
  }

  /// Whether `d` has a fix this run applies: of the level asked for (or `level`), with edits, all
  /// in pages reported on (standard input is never written).
  private func isApplied(_ d: Diagnostic, shown: Set<String>?, at level: FixApplicability? = nil) -> Bool {
    guard let fix = d.autofix, fix.applicability <= (level ?? applicability), !fix.edits.isEmpty else { return false }
    return FixSession.editedPaths(d).allSatisfy { $0 != "<stdin>" && (shown?.contains($0) ?? true) }
  }

  /// The files a finding's fix edits.
  static func editedPaths(_ d: Diagnostic) -> [String] {
    var paths: [String] = []
    for edit in d.autofix?.edits ?? [] where !paths.contains(edit.path ?? d.path) { paths.append(edit.path ?? d.path) }
    return paths
  }

  /// The findings of `findings` whose fixes can be applied together, file by file: in order,
  /// each one whose edits overlap none already taken in any file it edits.
  static func compatible(_ findings: [Diagnostic]) -> [Diagnostic] {
    var taken: [Diagnostic] = []
    var edits: [String: [TextEdit]] = [:]
    for d in findings where d.autofix != nil {
      let mine = editsByPath([d])
      guard mine.allSatisfy({ TextEdits.areDisjoint((edits[$0.key] ?? []) + $0.value) }) else { continue }
      taken.append(d)
      for (path, list) in mine { edits[path, default: []] += list }
    }
    return taken
  }

  /// The edits of `batch`'s fixes, by the file each edits (a twin's edits name their file).
  static func editsByPath(_ batch: [Diagnostic]) -> [String: [TextEdit]] {
    var edits: [String: [TextEdit]] = [:]
    for d in batch {
      for edit in d.autofix?.edits ?? [] { edits[edit.path ?? d.path, default: []].append(edit) }
    }
    return edits
  }

  private enum Attempt {
    case kept(Reading)
    case refused(String)
  }

  /// Applies the fixes of `batch` to the site as `current` has it, reads and lints it again, and
  /// keeps the result only when it passes every check.
  private func attempt(_ batch: [Diagnostic], on current: Reading, located: [PagePath], shown: Set<String>?) -> Attempt
  {
    let edits = FixSession.editsByPath(batch)
    var bytes = current.bytes
    for (path, list) in edits {
      guard let page = current.site.page(at: path) else { return .refused("\(path) is not a page of the site") }
      guard let new = TextEdits.apply(list, to: page.source.bytes) else {
        return .refused("its edits overlap or fall outside the file")
      }
      bytes[path] = new
    }
    let site = reread(bytes, located: located, standardInput: current.site.page(at: "<stdin>")?.source.bytes ?? [])
    if let error = site.errors.first(where: { edits[$0.path] != nil }) {
      return .refused("the fixed page could not be read: \(error.reason)")
    }
    let result = lint.lint(site, shown: shown)

    // Each finding may appear as often as before, less the ones fixed: a fixed finding that is
    // still there, or a new one, refuses the pass.
    var budget: [Key: Int] = [:]
    for d in current.result.findings { budget[Key(d), default: 0] += 1 }
    let fixedKeys = Set(batch.map(Key.init))
    for d in batch { budget[Key(d), default: 0] -= 1 }
    for d in result.findings {
      let key = Key(d)
      budget[key, default: 0] -= 1
      guard budget[key, default: 0] < 0 else { continue }
      return .refused(
        fixedKeys.contains(key) ? "the finding would remain after it" : "it would add a finding: \(d.code) \(d.message)"
      )
    }

    // Every page of a file it edits reads the same.
    for path in edits.keys.sorted() {
      let before = current.site.pages.filter { $0.path == path }.map(PageReading.init)
      let after = site.pages.filter { $0.path == path }.map(PageReading.init)
      guard before.count == after.count else {
        return .refused("the file would be read as \(after.count) pages instead of \(before.count)")
      }
      let datesMayChange = batch.contains { d in
        d.autofix?.changesDates == true && FixSession.editedPaths(d).contains(path)
      }
      for (a, b) in zip(before, after) {
        if let why = a.difference(to: b, datesMayChange: datesMayChange) { return .refused(why) }
      }
    }
    return .kept(Reading(site: site, result: result, bytes: bytes))
  }

  /// The site read again with `bytes` in place of the files they name.
  private func reread(_ bytes: [String: [UInt8]], located: [PagePath], standardInput: [UInt8]) -> Site {
    let overlay = OverlayFileSystem(base: lint.loader.fileSystem, changed: bytes)
    let loader = PageLoader(fileSystem: overlay, parallelism: 1, standardInput: { standardInput })
    var out: Site?
    loader.forEachSite(located: located, transform: { $0 }) { out = out ?? $0 }
    return out ?? Site(identity: located.first?.site ?? SiteIdentity(root: "", name: ""), pages: [])
  }
}
