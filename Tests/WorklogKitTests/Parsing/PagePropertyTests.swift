import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Generated pages, a fixed set of seeds: whatever the mix of tables, lists, front matter,
/// control characters, line endings and invalid bytes, every finding lies inside its file and
/// a page read twice reads the same.
@Suite struct PagePropertyTests {
  static let seeds: [UInt64] = Array(1...300)

  @Test func findingsLieInsideTheFile() {
    for seed in PagePropertyTests.seeds {
      var generator = PageGenerator(seed: seed)
      let files = [Invariants.englishPath: generator.page(), Invariants.twinPath: generator.page()]
      let problems = Invariants.violations(files)
      #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3))")
    }
  }

  @Test func parsingTwiceGivesTheSameOutput() {
    for seed in PagePropertyTests.seeds {
      var generator = PageGenerator(seed: seed)
      let files = [Invariants.englishPath: generator.page(), Invariants.twinPath: generator.page()]
      let first = Invariants.output(files)
      #expect(first == Invariants.output(files), "seed \(seed)")
    }
  }

  @Test func generatorCoversTheVariations() {
    // The properties are only as good as the pages: make sure the mix really is in them.
    var all: [UInt8] = []
    var codes = Set<String>()
    for seed in PagePropertyTests.seeds {
      var generator = PageGenerator(seed: seed)
      let page = generator.page()
      all += page
      codes.formUnion(Invariants.codes([Invariants.englishPath: page]))
    }
    for code in ["WL001", "WL002", "WL003", "WL004", "WL101", "WL102", "WL104", "WL107"] {
      #expect(codes.contains(code), "no page gives \(code)")
    }
    let text = String(decoding: all, as: UTF8.self)
    for needle in ["| Day |", "<table>", "\r\n", "\u{1B}", "\u{FEFF}", "---", "+++", "```", "- ", "worklog-disable"] {
      #expect(text.contains(needle), "no page holds \(needle.debugDescription)")
    }
    #expect(all.contains(0xFF) && all.contains(0))
  }
}
