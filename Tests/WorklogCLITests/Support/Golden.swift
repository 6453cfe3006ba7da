import Foundation
import Testing
import WorklogTestSupport

/// Golden files under `Tests/WorklogCLITests/Fixtures/Goldens/`, compared byte for byte.
///
/// `WORKLOG_UPDATE_GOLDENS=1 swift test` writes every golden from the current output (and the
/// test still passes); review the change in the diff.
enum Golden {
  /// The repository root (the nearest folder above the test sources that holds `Package.swift`).
  static let repositoryRoot = URL(fileURLWithPath: TestRepository.root)

  static let folder = repositoryRoot.appendingPathComponent("Tests/WorklogCLITests/Fixtures/Goldens")

  static var updating: Bool { ProcessInfo.processInfo.environment["WORKLOG_UPDATE_GOLDENS"] == "1" }

  /// Checks `actual` against the golden `name` (or writes it when updating).
  static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name)
    if updating {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        Issue.record("cannot write golden \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no golden \(name); run WORKLOG_UPDATE_GOLDENS=1 swift test to write it", sourceLocation: sourceLocation)
      return
    }
    guard expected != Data(actual.utf8) else { return }
    let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
    let w = line < want.count ? String(want[line]) : "(end of file)"
    let g = line < got.count ? String(got[line]) : "(end of output)"
    Issue.record(
      "output differs from golden \(name) at line \(line + 1):\n  golden: \(w)\n  actual: \(g)\n(WORKLOG_UPDATE_GOLDENS=1 swift test rewrites it)",
      sourceLocation: sourceLocation)
  }
}
