import Testing

@testable import WorklogKit

/// Nesting no input can use to exhaust the stack or time: each was a recursion or a rescan.
@Suite struct DeepNestingTests {
  @Test func flowListNestedTwoHundredThousandDeep() {
    // Crashed with a stack overflow at about 15,000 levels.
    let depth = 200_000
    let text =
      "---\ntags: " + String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth)
      + "\ntitle: x\n---\n"
    let fm = FrontMatterScanner.scan(SourceFile(path: "p", text: text))
    #expect(fm.fence == .yaml)
    #expect(fm["title"]?.value.value.text == "x")
    #expect(fm["tags"] != nil)
  }

  @Test func shallowFlowListsStillFlatten() {
    let fm = FrontMatterScanner.scan(SourceFile(path: "p", text: "---\ntags: [[a], [b, c]]\nlist: [[[x]]]\n---\n"))
    #expect(fm["list"]?.value.value == .list(["x"]))
  }

  @Test func linkTitlesNestedDeeperThanTheLimitAreKeptAsText() {
    let depth = 100_000
    let cell = String(repeating: "[", count: depth) + "t" + String(repeating: "](u)", count: depth)
    let inline = InlineTextReader.read(cell)
    // Links inside a link's title are the link itself (`[https://…](https://…)`): one link.
    #expect(inline.links.count == 1)
    #expect(inline.text.hasPrefix(String(repeating: "[", count: depth - InlineScan.maxDepth - 1) + "t](u)"))
  }
}
