#if !WORKLOG_FUZZ
  @testable import WorklogKit
#endif

/// What `worklog fix` must keep, for any input: checked by the fix property test and the fuzz
/// target (compiled with the fuzz sources, like `Invariants`).
extension Invariants {
  /// The fixer in memory, unsafe fixes too: it reads the files' own bytes, a fixed page reads as
  /// it did (same pages, tasks, objectives, achievements), and fixing the fixed files again
  /// changes nothing once no fix was left pending.
  package static func fixViolations(_ files: [String: [UInt8]]) -> [String] {
    var broken: [String] = []
    let fileSystem = MemoryFileSystem(bytes: files)
    let session = FixSession(lint: LintSession(fileSystem: fileSystem, parallelism: 1), applicability: .unsafe)
    var fixed = files
    var settled = true
    session.run(Workspace.resolve(["site"], fileSystem: fileSystem)) { siteFix in
      for file in siteFix.files {
        if files[file.path] != file.original { broken.append("fix read other bytes than the file's") }
        let path = PagePath(file.path)
        let before = WorklogParser.parse(SourceFile(path: file.path, bytes: file.original), path: path)
          .map(PageReading.init)
        let after = WorklogParser.parse(SourceFile(path: file.path, bytes: file.fixed), path: path)
          .map(PageReading.init)
        let same =
          before.count == after.count
          && zip(before, after).allSatisfy { $0.difference(to: $1, datesMayChange: true) == nil }
        if !same { broken.append("a fixed page reads differently: \(file.path)") }
        fixed[file.path] = file.fixed
      }
      if siteFix.result.findings.filter({ $0.autofix != nil }).count > siteFix.refused.count { settled = false }
    }
    guard settled, fixed != files else { return broken }
    let again = MemoryFileSystem(bytes: fixed)
    FixSession(lint: LintSession(fileSystem: again, parallelism: 1), applicability: .unsafe)
      .run(Workspace.resolve(["site"], fileSystem: again)) { siteFix in
        if !siteFix.files.isEmpty { broken.append("fixing twice changed more than fixing once") }
      }
    return broken
  }
}
