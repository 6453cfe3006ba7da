import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `pathComponents()` against `split(separator: "/")`, on slashes next to marks that join them.
@Suite struct PathComponentsTests {
  static let paths = [
    "", "/", "//", "a", "/a", "a/", "//a//b//", "./x/../y", "/tmp/site/content/1-Worklog/1.8-Week8/_index.vi.md",
    "content/Nhật-ký/Tuần 8.md", "a/\u{0301}b", "e\u{0301}/x", "\u{0600}/x", "x/\u{0600}", "a\r/\nb", "a/\r\nb",
    "/\u{200D}/", "🇻🇳/🇻🇳", "Tuần/\u{FE0F}", "a/é/b",
  ]

  @Test func componentsAreTheCharacterSplit() {
    var paths = Self.paths
    // Random mixes of slashes, ASCII, marks and Vietnamese letters.
    var random = SeededGenerator(seed: 5)
    let pieces = ["/", "a", ".", "\u{0301}", "ầ", "\u{0600}", "\r", "\n", "-", "🇻🇳", "\u{200D}"]
    for _ in 0..<2_000 {
      paths.append(
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)]
        }
        .joined())
    }
    for path in paths {
      let expected = path.split(separator: "/").map { Array($0.utf8) }
      #expect(path.pathComponents().map { Array($0.utf8) } == expected, "\(Array(path.unicodeScalars))")
      // The last name alone, found from the end, is the split's last.
      #expect(path.lastPathComponent().map { Array($0.utf8) } == expected.last, "\(Array(path.unicodeScalars))")
    }
  }

  /// `joinedPath()` and `joined(by:)` give the standard library's `joined(separator:)`, byte for
  /// byte, on the names of every path above (marks after a slash included) and empty lists.
  @Test func joinsAreTheStandardLibrarys() {
    var random = SeededGenerator(seed: 9)
    for path in Self.paths + ["a//b", "\u{0301}"] {
      let names = path.pathComponents()
      #expect(Array(names.joinedPath().utf8) == Array(names.joined(separator: "/").utf8), "\(path)")
      let prefix = names.prefix(Int.random(in: 0...names.count, using: &random))
      #expect(Array(prefix.joinedPath().utf8) == Array(prefix.joined(separator: "/").utf8))
      let texts = names.map(String.init)
      for separator in ["\n", "", " | ", "\u{0301}"] {
        #expect(Array(texts.joined(by: separator).utf8) == Array(texts.joined(separator: separator).utf8))
      }
    }
    #expect([Substring]().joinedPath() == "")
    #expect([String]().joined(by: "\n") == "")
    #expect(["", ""].joined(by: "/") == "/")
  }
}
