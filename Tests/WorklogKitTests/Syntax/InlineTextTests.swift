import Testing

@testable import WorklogKit

@Suite struct InlineTextTests {
  private func items(_ markdown: String) -> [TextItem] { InlineTextReader.read(markdown).items }
  private func links(_ markdown: String) -> [Reference] { InlineTextReader.read(markdown).links }

  @Test(arguments: ["<br>", "<br/>", "<br />", "<BR>"])
  func breakTagsSplitItems(_ tag: String) {
    #expect(
      items("Study IAM\(tag)Create users") == [
        TextItem(text: "Study IAM", level: 1), TextItem(text: "Create users", level: 1),
      ])
  }

  @Test func emSpaceMakesASubItem() {
    #expect(
      items("- **Practice:**<br>&emsp;+ Create the VPC<br> &emsp; + Attach a gateway") == [
        TextItem(text: "Practice:", level: 1), TextItem(text: "Create the VPC", level: 2),
        TextItem(text: "Attach a gateway", level: 2),
      ])
  }

  @Test func dashAndPlusMarkers() {
    #expect(
      items("- Read docs<br>+ Take notes<br>1. Quiz") == [
        TextItem(text: "Read docs", level: 1), TextItem(text: "Take notes", level: 2), TextItem(text: "Quiz", level: 1),
      ])
    #expect(InlineTextReader.read("- Read docs<br>- Take notes").text == "Read docs\nTake notes")
  }

  @Test func markdownLinkBecomesItsTitle() {
    let inline = InlineTextReader.read("See [What is Amazon VPC?](https://docs.aws.amazon.com/vpc/ \"VPC\") today")
    #expect(inline.text == "See What is Amazon VPC? today")
    #expect(inline.links == [Reference(title: "What is Amazon VPC?", url: "https://docs.aws.amazon.com/vpc/")])
  }

  @Test func linkTitledWithItsOwnURLIsOneLink() {
    #expect(
      links("[https://cloudjourney.awsstudygroup.com/](https://cloudjourney.awsstudygroup.com/)") == [
        Reference(title: "https://cloudjourney.awsstudygroup.com/", url: "https://cloudjourney.awsstudygroup.com/")
      ])
  }

  @Test func linkWithParenthesesInItsURL() {
    #expect(
      links("[Wiki](https://en.wikipedia.org/wiki/VPC_(networking))") == [
        Reference(title: "Wiki", url: "https://en.wikipedia.org/wiki/VPC_(networking)")
      ])
  }

  @Test func autolink() {
    let inline = InlineTextReader.read("<https://000001.awsstudygroup.com/>")
    #expect(
      inline.links == [Reference(title: "https://000001.awsstudygroup.com/", url: "https://000001.awsstudygroup.com/")])
    #expect(inline.text == "https://000001.awsstudygroup.com/")
  }

  @Test func severalBareURLsInOneCell() {
    #expect(
      links("https://a.example.com/x<br/>https://b.example.com, (https://c.example.com/)") == [
        Reference(title: "https://a.example.com/x", url: "https://a.example.com/x"),
        Reference(title: "https://b.example.com", url: "https://b.example.com"),
        Reference(title: "https://c.example.com/", url: "https://c.example.com/"),
      ])
  }

  @Test func imagesAreNeitherTextNorLinks() {
    let inline = InlineTextReader.read("Looked into Cloud9 ![Cloud9](/images/cloud9.png) today")
    #expect(inline.text == "Looked into Cloud9  today")
    #expect(inline.links.isEmpty)
  }

  @Test func labelWithoutURL() {
    let inline = InlineTextReader.read("[Meeting Notes]")
    #expect(inline.links == [Reference(title: "Meeting Notes", url: nil)])
    #expect(inline.text == "Meeting Notes")
    #expect(inline.brokenLinks.isEmpty)
  }

  @Test func brokenLinkIsReported() {
    let inline = InlineTextReader.read("Read [the guide](")
    #expect(inline.brokenLinks == ["[the guide]("])
    #expect(inline.links.isEmpty)
    #expect(InlineTextReader.read("[the guide]( )").brokenLinks == ["[the guide]( )"])
  }

  @Test func boldAndCodeMarksAreRemoved() {
    #expect(
      InlineTextReader.read("**Practice:** run `aws configure` and __check__").text
        == "Practice: run aws configure and check")
  }

  @Test func codeSpansKeepTheirText() {
    #expect(
      InlineTextReader.read("Prefix `analytics_dev__staging` and `**kwargs`").text
        == "Prefix analytics_dev__staging and **kwargs")
    #expect(InlineTextReader.read("``a ` b``").text == "a ` b")
    #expect(InlineTextReader.read("unclosed `tick").text == "unclosed tick")
  }

  @Test func doubleUnderscoreInsideAWordIsNotEmphasis() {
    #expect(InlineTextReader.read("run my__script now").text == "run my__script now")
  }

  @Test func hugoShortcodesAreRemovedFromText() {
    #expect(InlineTextReader.read("Evidence: {{< evidence-gallery images=\"a.png,b.png\" >}}").text == "Evidence:")
    #expect(InlineTextReader.read("{{% notice info %}}Note{{% /notice %}}").text == "Note")
  }

  @Test func linkToAHugoRefShortcodeKeepsTheWholeShortcode() {
    #expect(
      links("[Week 1]({{< ref \"1.1-Week1.md\" >}})") == [
        Reference(title: "Week 1", url: "{{< ref \"1.1-Week1.md\" >}}")
      ])
  }

  @Test func entitiesDecode() {
    #expect(InlineTextReader.read("A &amp; B &lt; C&nbsp;D &amp;lt;").text == "A & B < C\u{00A0}D &lt;")
  }

  @Test func inlineFormattingTagsAreDropped() {
    #expect(
      InlineTextReader.read("Read **<i>Lab 39</i>**<br><strong>Idea:</strong> use <span class=\"x\">ECR</span>").text
        == "Read Lab 39\nIdea: use ECR")
    #expect(InlineTextReader.read("<b>bold</b> a<bsomething").text == "bold a<bsomething")
  }

  @Test func rawLessThanStaysInTheText() {
    #expect(InlineTextReader.read("latency < 100ms").text == "latency < 100ms")
  }

  @Test func controlCharactersAreFlaggedAndKept() {
    let inline = InlineTextReader.read("red \u{1B}[31m text")
    #expect(inline.hasControlCharacters)
    #expect(inline.text.contains("\u{1B}"))
    #expect(!InlineTextReader.read("tab\there").hasControlCharacters)
  }
}
