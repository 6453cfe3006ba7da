import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The word-at-a-time scans agree with the byte-at-a-time ones they replace.
@Suite struct ByteWordsTests {
  @Test func continuationBytesAreCountedInAnyRange() {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<200 {
      let bytes = (0..<Int.random(in: 0...70, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      bytes.withUnsafeBufferPointer { buf in
        for lo in 0...bytes.count {
          for hi in lo...min(bytes.count, lo + 20) {
            let expected = bytes[lo..<hi].filter { $0 & 0xC0 == 0x80 }.count
            #expect(ByteWords.continuationBytes(buf, lo..<hi) == expected)
          }
        }
      }
    }
  }

  /// `contains` finds a byte at every position of buffers of every length around a word's,
  /// and never one that is not there (bytes one bit away included).
  @Test func aByteIsFoundAtEveryPosition() {
    var random = SeededGenerator(seed: 13)
    for count in 0...40 {
      for _ in 0..<20 {
        let target = UInt8.random(in: 0...255, using: &random)
        var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
        bytes = bytes.map { $0 == target ? target ^ 1 : $0 }
        bytes.withUnsafeBufferPointer { #expect(!ByteWords.contains($0, target)) }
        for position in 0..<count {
          var with = bytes
          with[position] = target
          let found = with.withUnsafeBufferPointer { ByteWords.contains($0, target) }
          #expect(found, "\(target) at \(position) of \(count)")
        }
      }
    }
    // The raw-byte test of paths: a path with a scalar of U+10FF80 ... (lead byte 0xF4) past
    // the first word, and one without.
    #expect(RawPath.mayHoldRawBytes("content/1-Worklog/1.1-Week1/" + RawPath.string([0xFF]) + ".md"))
    #expect(!RawPath.mayHoldRawBytes("content/Nhật-ký/Tuần-8/_index.vi.md"))
  }

  @Test func lineBreaksAreSeenInEveryPosition() {
    for position in 0..<8 {
      for b: UInt8 in [0x0A, 0x0D, 0x0B, 0x0C, 0x09, 0x8A, 0x1A] {
        var bytes = [UInt8](repeating: 0x61, count: 8)
        bytes[position] = b
        let found = bytes.withUnsafeBufferPointer { ByteWords.hasLineBreak(ByteWords.word($0, at: 0)) }
        #expect(found == (b == 0x0A || b == 0x0D), "\(b) at \(position)")
      }
    }
  }

  @Test func linesAndColumnsOfAMixedFile() {
    let text = "ab\r\ncd\rTiếng Việt là\n\n" + String(repeating: "xyzw", count: 40) + "\r\n\u{1F600}é\n"
    let file = SourceFile(path: "p", text: text)
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    #expect(file.lineCount == lines.count)
    for (k, line) in lines.enumerated() { #expect(file.text(ofLine: k + 1) == String(line)) }
    let last = file.byteRange(ofLine: file.lineCount - 1)
    #expect(file.location(at: last.upperBound).column == 3)
  }

  @Test func utf8ValidationFindsTheFirstBadByteAfterLongASCII() {
    for n in 0..<20 {
      let bytes = [UInt8](repeating: 0x41, count: n) + [0xC3, 0x28] + [UInt8](repeating: 0x41, count: 9)
      #expect(UTF8Validation.firstInvalidOffset(bytes) == n)
      #expect(UTF8Validation.firstInvalidOffset([UInt8](repeating: 0x41, count: n) + [0xC3, 0xA9]) == nil)
    }
  }

  @Test func columnsOfLongLinesWithABadByteLate() {
    // Valid text for a few blocks, then ill-formed bytes: both sides of the valid prefix.
    var random = SeededGenerator(seed: 5)
    let pieces: [[UInt8]] = [[0x61], [0xC3, 0xA9], [0xE1, 0xBB, 0x87], [0xF0, 0x9F, 0x98, 0x80]]
    var bytes: [UInt8] = []
    while bytes.count < 900 { bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
    bytes += [0xE1, 0xBB, 0x61, 0x80, 0xC3]
    while bytes.count < 1_500 { bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
    let file = SourceFile(path: "p", bytes: [0x0A] + bytes)
    for offset in stride(from: 1, through: bytes.count + 1, by: 7)
    where file.scalarStart(atOrAfter: offset, limit: offset + 1) == offset {
      let expected = String(decoding: bytes[..<(offset - 1)], as: UTF8.self).unicodeScalars.count + 1
      #expect(file.location(at: offset) == SourceLocation(line: 2, column: expected, offset: offset))
    }
  }

  @Test func aRangeEndsWhereItsEndLocationIs() {
    let text = "\u{FEFF}ab\r\nTiếng Việt\rx\n\n" + String(repeating: "ệa", count: 300) + "\n"
    var bytes = Array(text.utf8)
    bytes.insert(0xFF, at: 12)
    let file = SourceFile(path: "p", bytes: bytes)
    for lo in stride(from: 0, through: bytes.count + 2, by: 3) {
      for hi in stride(from: lo, through: min(bytes.count + 2, lo + 700), by: 5) {
        #expect(file.range(lo..<hi) == SourceRange(start: file.location(at: lo), end: file.location(at: hi)))
      }
    }
  }
}
