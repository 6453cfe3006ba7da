import Testing

@testable import WorklogKit

/// The contiguous byte scans agree with `String.utf8`.
@Suite struct UTF8ScanTests {
  static let texts: [String] = [
    "", "a&b", "<br>", "Tìm hiểu & làm", "\u{0007}bell", "tab\there", String(decoding: [0x26, 0xFF], as: UTF8.self),
    String(repeating: "long text without it ", count: 20),
  ]

  @Test(arguments: texts) func scansAgree(_ text: String) {
    #expect(UTF8Scan.contains(text, 0x26) == text.utf8.contains(0x26))
    #expect(UTF8Scan.contains(text) { $0 < 0x20 } == text.utf8.contains { $0 < 0x20 })
    #expect(UTF8Scan.bytes(text) == Array(text.utf8))
    let sub = text.dropFirst()
    #expect(UTF8Scan.bytes(sub) == Array(sub.utf8))
  }
}
