/// Reads the items of a section: list items with their nesting and group, or its paragraphs.
enum ListReader {
  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, skipping skipped: [ClosedRange<Int>] = []) -> [ListEntry] {
    var items: [ListEntry] = []
    var paragraphs: [ListEntry] = []
    var group: String?
    var indents: [Int] = []  // indentation of each open nesting level
    var continuing = false  // the last line belongs to the last item or paragraph
    var paragraphOpen = false
    for line in lines where !skipped.contains(where: { $0.contains(line.number) }) {
      switch line.kind {
      case .listItem(let indent, _):
        while let last = indents.last, last > indent { indents.removeLast() }
        if indents.last != indent { indents.append(indent) }
        let inline = InlineTextReader.read(file.text(bytes: line.content))
        items.append(
          ListEntry(text: inline.text.replacingAll("\n", with: " "), range: file.range(line.content), level: indents.count, group: group, links: inline.links))
        continuing = true
        paragraphOpen = false
      case .heading:
        group = InlineTextReader.heading(file.text(bytes: line.content))
        indents.removeAll()
        continuing = false
        paragraphOpen = false
      case .text:
        let raw = file.text(bytes: line.content)
        if let heading = SectionReader.pseudoHeading(file, line), raw.hasPrefix("**") {
          group = heading
          indents.removeAll()
          continuing = false
          paragraphOpen = false
          continue
        }
        let inline = InlineTextReader.read(raw)
        if continuing, !items.isEmpty, !paragraphOpen {
          items[items.count - 1].text += " " + inline.text
          items[items.count - 1].links += inline.links
        } else if paragraphOpen, !paragraphs.isEmpty {
          paragraphs[paragraphs.count - 1].text += " " + inline.text
        } else if !inline.text.isEmpty {
          paragraphs.append(ListEntry(text: inline.text, range: file.range(line.content), level: 1, group: group, links: inline.links))
          paragraphOpen = true
        }
      case .blank:
        paragraphOpen = false
        continuing = false
      case .code, .fence:
        continue
      case .tableRow, .thematicBreak, .html, .shortcode, .comment:
        continuing = false
        paragraphOpen = false
      }
    }
    return items.isEmpty ? paragraphs : items
  }
}
