import Testing

@testable import WorklogKit

@Suite struct HTMLEscapeTests {
  @Test func escapesTheFiveCharactersInTextAndAttributes() {
    #expect(HTMLEscape.text(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    #expect(HTMLEscape.text("plain text, no change") == "plain text, no change")
  }

  @Test func showsControlAndHiddenCharacters() {
    #expect(HTMLEscape.text("red \u{1B}[31m") == "red \u{241B}[31m")
    #expect(HTMLEscape.text("tab\tand\nnewline") == "tab\tand\nnewline")
    #expect(HTMLEscape.text("a\u{202E}b\u{200B}c\u{7F}") == "a&lt;U+202E&gt;b&lt;U+200B&gt;c&lt;U+007F&gt;")
  }

  @Test func onlyWebAddressesBecomeLinks() {
    #expect(HTMLEscape.href("https://example.com/?a=1&b=2") == "https://example.com/?a=1&amp;b=2")
    #expect(HTMLEscape.href("HTTP://example.com") == "HTTP://example.com")
    for url in ["javascript:alert(1)", " javascript:alert(1)", "data:text/html,x", "/local", "https://a\u{202E}b"] {
      #expect(HTMLEscape.href(url) == nil, "\(url)")
    }
    #expect(
      HTMLEscape.link("Docs", url: "https://example.com/\"x")
        == "<a href=\"https://example.com/&quot;x\" rel=\"noopener noreferrer\">Docs</a>")
    #expect(HTMLEscape.link("click", url: "javascript:alert(1)") == "click (javascript:alert(1))")
    #expect(HTMLEscape.link("<b>", url: nil) == "&lt;b&gt;")
  }
}
