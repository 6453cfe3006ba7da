@testable import WorklogKit

/// Applies rules' fixes to files in memory, the way `worklog fix --unsafe` does.
enum FixHarness {
  /// The findings of `rule` over `files` (bytes by path), read as the sites they form.
  static func lint(
    _ files: [(path: String, bytes: [UInt8])], _ rule: any LintRule, configuration: Configuration = Configuration()
  ) -> [Diagnostic] {
    var fs: [String: [UInt8]] = [:]
    for (p, b) in files { fs[p] = b }
    let memory = MemoryFileSystem(bytes: fs)
    let loader = PageLoader(fileSystem: memory, parallelism: 1)
    let session = LintSession(
      fileSystem: memory, parallelism: 1, linter: Linter(rules: [rule]), fixedConfiguration: ("", configuration))
    var out: [Diagnostic] = []
    loader.forEachSite(files.map(\.path).sorted()) { site in out += session.lint(site).findings }
    return out.filter { $0.code == rule.description.code }
  }

  /// `files` after every fix of `rule` (all applicabilities): the compatible fixes applied
  /// together, each file's edits to that file (as `FixSession` picks and groups them, without its
  /// re-read checks), then the files linted again, until no fix is left (at most `passes`).
  static func fixAll(
    _ files: [(path: String, bytes: [UInt8])], _ rule: any LintRule, configuration: Configuration = Configuration(),
    passes: Int = 8
  ) -> [(path: String, bytes: [UInt8])] {
    var files = files
    for _ in 0..<passes {
      let findings = lint(files, rule, configuration: configuration).filter { $0.autofix != nil }
      guard !findings.isEmpty else { break }
      var changed = false
      for (path, edits) in FixSession.editsByPath(FixSession.compatible(findings)) {
        guard let i = files.firstIndex(where: { $0.path == path }),
          let out = TextEdits.apply(edits, to: files[i].bytes)
        else { continue }
        changed = changed || out != files[i].bytes
        files[i].bytes = out
      }
      if !changed { break }
    }
    return files
  }

  /// One page's bytes after every fix of `rule`.
  static func fix(
    _ bytes: [UInt8], _ rule: any LintRule, path: String = RuleExample.defaultPath,
    configuration: Configuration = Configuration()
  ) -> [UInt8] {
    fixAll([(path, bytes)], rule, configuration: configuration)[0].bytes
  }
}
