import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct ScalarIndexTests {
  /// Columns count what lenient decoding shows: each maximal ill-formed subpart is one U+FFFD.
  @Test func columnsMatchTheDecodedText() {
    var random = SeededGenerator(seed: 7)
    let pieces: [[UInt8]] = [
      [0x41], [0xC3, 0xA9], [0xE1, 0xBB, 0x87], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xBF], [0xC0], [0xC1, 0x80],
      [0xE0, 0x80],
      [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xF0, 0x80], [0xF0, 0x90, 0x80], [0xF4, 0x90], [0xF5], [0xFF], [0xE2, 0x82],
    ]
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...40, using: &random) {
        bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
      let file = SourceFile(path: "p", bytes: bytes)
      for offset in 0...bytes.count where file.scalarStart(atOrAfter: offset, limit: offset + 1) == offset {
        let expected = String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count + 1
        #expect(file.location(at: offset).column == expected, "\(bytes) at \(offset)")
      }
    }
  }

  @Test func columnsAcrossBlocksOfALongLine() {
    // Multi-byte letters straddling the index's 256-byte blocks.
    let line = String(repeating: "ệa", count: 1_000)
    let file = SourceFile(path: "p", text: "x\n" + line + "\n")
    for k in stride(from: 0, through: 2_000, by: 37) {
      let offset = 2 + (k / 2) * 4 + (k % 2) * 3
      #expect(file.location(at: offset) == SourceLocation(line: 2, column: k + 1, offset: offset))
    }
  }

  @Test func bomAndCRLF() {
    let file = SourceFile(path: "p", text: "\u{FEFF}ab\r\ncd\r\n")
    #expect(file.location(at: 3) == SourceLocation(line: 1, column: 1, offset: 3))
    #expect(file.location(at: 4) == SourceLocation(line: 1, column: 2, offset: 4))
    #expect(file.location(at: 5) == SourceLocation(line: 1, column: 3, offset: 5))
    #expect(file.location(at: 7) == SourceLocation(line: 2, column: 1, offset: 7))
    #expect(file.location(at: 11) == SourceLocation(line: 3, column: 1, offset: 11))
  }
}
