import Testing

@testable import WorklogKit

@Suite struct SourceFileTests {
  @Test func crlfLinesKeepContentWithoutTheirTerminators() {
    let file = SourceFile(path: "p.md", text: "ab\r\ncd\r\n")
    #expect(file.lineCount == 3)
    #expect(file.text(ofLine: 1) == "ab")
    #expect(file.text(ofLine: 2) == "cd")
    #expect(file.location(at: 4) == WorklogKit.SourceLocation(line: 2, column: 1, offset: 4))
  }

  @Test func loneCarriageReturnEndsALine() {
    let file = SourceFile(path: "p.md", text: "ab\rcd")
    #expect(file.lineCount == 2)
    #expect(file.text(ofLine: 2) == "cd")
  }

  @Test func byteOrderMarkIsSkippedForContentButCountsInOffsets() {
    let file = SourceFile(path: "p.md", bytes: [0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
    #expect(file.hasBOM)
    #expect(file.text(ofLine: 1) == "ab")
    #expect(file.location(at: 3) == WorklogKit.SourceLocation(line: 1, column: 1, offset: 3))
    #expect(file.location(at: 4).column == 2)
  }

  @Test func columnsCountUnicodeScalarsNotBytes() {
    let file = SourceFile(path: "p.md", text: "Tuần 8")
    // T u ầ n ␠ 8: the 8 is the sixth character but the eighth byte.
    #expect(file.location(at: 7) == WorklogKit.SourceLocation(line: 1, column: 6, offset: 7))
  }

  @Test func invalidUTF8IsFoundAtItsOffset() {
    let file = SourceFile(path: "p.md", bytes: Array("ok ".utf8) + [0xC3, 0x28])
    #expect(file.firstInvalidUTF8Offset == 3)
    #expect(SourceFile(path: "p.md", text: "Tuần").firstInvalidUTF8Offset == nil)
  }
}
