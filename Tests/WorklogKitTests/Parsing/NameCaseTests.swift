import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `NameCase` and the other byte paths for path names against the `lowercased()` and character
/// code they stand in for, on names where case, marks and CR LF make bytes and characters differ.
@Suite struct NameCaseTests {
  static let pieces = [
    "a", "D", "M", "md", ".MD", ".md", ".Markdown", "_INDEX", "index", "ReadMe", "content", "CONTENT", "worklog",
    "Work-Log", "nhat-ky", "\u{0301}", "\u{212A}", "\u{0130}", "İ", "ầ", "\r", "\n", "\r\n", "/", "-", "\u{0600}", "=",
    "é", "\u{00A0}", "🇻🇳",
  ]
  static let words = [".md", ".markdown", "_index", "index", "readme", "content", ".vi", ".é", "", "k", "week", "tuan"]

  static var names: [String] {
    var names = ["", "CONTENT", "content\u{0301}", "\u{212A}", "x.MD", "x.md\u{0301}", "_Index.vi.md", "a\r\n.md"]
    var random = SeededGenerator(seed: 14)
    for _ in 0..<3_000 {
      names.append(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)]
        }
        .joined())
    }
    return names
  }

  @Test func testsAnswerAsLowercasedDoes() {
    for name in Self.names {
      for word in Self.words {
        let lower = name.lowercased()
        #expect(NameCase.hasSuffix(name, word) == lower.hasSuffix(word), "\(Array(name.unicodeScalars)) \(word)")
        #expect(NameCase.hasPrefix(name, word) == lower.hasPrefix(word), "\(Array(name.unicodeScalars)) \(word)")
        #expect(NameCase.equals(name, word) == (lower == word), "\(Array(name.unicodeScalars)) \(word)")
        #expect(NameCase.contains(name, word) == lower.contains(word), "\(Array(name.unicodeScalars)) \(word)")
        let sub = Substring(name)
        #expect(NameCase.hasSuffix(sub, word) == lower.hasSuffix(word))
      }
      #expect(PagePath.namesContent(name) == (name.lowercased() == "content"), "\(Array(name.unicodeScalars))")
      let lower = name.lowercased()
      #expect(
        Discovery.hasMarkdownExtension(name) == (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")),
        "\(Array(name.unicodeScalars))")
      #expect(
        PagePath.namesWorklog(Substring(name))
          == (lower.contains("worklog") || lower.contains("work-log") || lower.contains("work_log")
            || lower.contains("nhat-ky") || lower.contains("nhật-ký")),
        "\(Array(name.unicodeScalars))")
    }
  }

  /// `SiteLocator.split` by bytes against the character code it keeps for other paths.
  @Test func splitAgreesWithTheCharacterSplit() {
    for path in Self.names + ["/", "//", "a//", "/a", "a/b/", "./x", "x", "/x/y//"] {
      var p = Substring(path)
      while !p.isEmpty && p.index(after: p.startIndex) != p.endIndex && p.hasSuffix("/") { p = p.dropLast() }
      let expected: (String, String)
      if let slash = p.lastIndex(of: "/") {
        expected = (slash == p.startIndex ? "/" : String(p[..<slash]), String(p[p.index(after: slash)...]))
      } else {
        expected = (".", String(p))
      }
      let found = SiteLocator.split(path)
      #expect(found.folder == expected.0 && found.name == expected.1, "\(Array(path.unicodeScalars))")
    }
  }
}
