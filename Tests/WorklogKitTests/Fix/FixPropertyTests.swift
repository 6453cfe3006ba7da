import Testing
import WorklogTestSupport

@testable import WorklogKit

/// For random pages (`PageGenerator`) with a typo sprinkled in: a fix changes no byte outside
/// its edits, the fixed page reads as the old one did, and fixing again changes nothing.
@Suite struct FixPropertyTests {
  @Test func fixesKeepEveryOtherByteAndTheReading() throws {
    for seed in UInt64(1)...120 {
      var generator = PageGenerator(seed: seed)
      var bytes = generator.page()
      for _ in 0..<generator.count(1...3) {
        bytes.insert(contentsOf: Array("teh".utf8), at: generator.count(0...bytes.count))
      }
      let fs = MemoryFileSystem(bytes: [FixPages.path: bytes])
      let fixes = FixPages.run(fs, [FixTestRules.Typo()])
      for file in fixes.flatMap(\.files) {
        #expect(file.original == bytes, "seed \(seed)")
        #expect(file.fixed.count == bytes.count, "seed \(seed)")
        let typos = FixTestRules.offsets(of: "teh", in: bytes)
        for i in bytes.indices where i < file.fixed.count && bytes[i] != file.fixed[i] {
          #expect(typos.contains { $0 <= i && i < $0 + 3 }, "seed \(seed): byte \(i) changed outside an edit")
        }
        let before = WorklogParser.parse(SourceFile(path: file.path, bytes: bytes), path: PagePath(file.path)).map(
          PageReading.init)
        let after = WorklogParser.parse(SourceFile(path: file.path, bytes: file.fixed), path: PagePath(file.path)).map(
          PageReading.init)
        #expect(before == after, "seed \(seed): the fixed page reads differently")
        let again = FixPages.run(MemoryFileSystem(bytes: [FixPages.path: file.fixed]), [FixTestRules.Typo()])
        #expect(again.flatMap(\.files).isEmpty, "seed \(seed): a second fix changed the page")
      }
    }
  }
}
