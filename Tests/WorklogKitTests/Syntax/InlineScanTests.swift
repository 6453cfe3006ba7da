import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The byte shortcuts of `InlineScan` against what they stand in for.
@Suite struct InlineScanTests {
  /// The markup screen stops at exactly the bytes `markup` looks at.
  @Test func markupScreen() {
    let starts = Set("![<h`*_{".utf8)
    for b in 0...255 { #expect(InlineScan.mayStartMarkup(UInt8(b)) == starts.contains(UInt8(b)), "\(b)") }
  }

  private func byCharacters(_ url: String) -> String {
    guard let space = url.firstIndex(of: " ") else { return url }
    return String(url[..<space])
  }

  @Test(arguments: [
    "", "a", " ", "a b", "a  b", " a", "a ", "https://x.example/z \"title\"", "a \u{301}b", "a\u{301} b", "é b",
    "a\r\n b", "a b\u{301}", "\u{0600} b", "x\u{200D} y", "a\tb c", "🙂 x",
  ])
  func cutAtTheFirstSpaceAsCharactersDo(_ url: String) {
    #expect(Array(InlineScan.beforeFirstSpace(url).utf8) == Array(byCharacters(url).utf8))
  }

  @Test func randomURLsCutAsCharactersDo() {
    let pieces = [
      "a", "/", " ", "  ", "\u{301}", "é", "\r", "\n", "\u{200D}", "\u{0600}", "🙂", "\u{FE0F}", "%20", "\"",
    ]
    var rng = SeededGenerator(seed: 39)
    for _ in 0..<2000 {
      var s = ""
      for _ in 0..<Int.random(in: 0...8, using: &rng) { s += pieces.randomElement(using: &rng) ?? "" }
      #expect(Array(InlineScan.beforeFirstSpace(s).utf8) == Array(byCharacters(s).utf8), "\(s.debugDescription)")
    }
  }

  /// An `h` is plain text inside a run unless a URL starts at it: the text and the links are
  /// what a scan stopping at every `h` gives (each `h` then read by `markup` as nothing).
  @Test(arguments: [
    ("thanh nhanh chóng", "thanh nhanh chóng", [String]()),
    ("xem https://a.example/b ngay", "xem https://a.example/b ngay", ["https://a.example/b"]),
    ("hhttps://a.example", "hhttps://a.example", ["https://a.example"]),
    ("thttp://a.example.", "thttp://a.example.", ["http://a.example"]),
    ("http:/a h http", "http:/a h http", []), ("h", "h", []), ("hh*h*", "hhh", []),
    ("ch [nhóm](https://x.example/h) h", "ch nhóm h", ["https://x.example/h"]),
  ])
  func anHIsPlainUnlessAURLStartsAtIt(text: String, plain: String, urls: [String]) {
    var scan = InlineScan(Array(text.utf8))
    var links: [Reference] = []
    var broken: [String] = []
    let out = scan.plain(scan.bytes, depth: 0, links: &links, broken: &broken)
    #expect(String(decoding: out, as: UTF8.self) == plain)
    #expect(links.compactMap(\.url) == urls)
  }
}
