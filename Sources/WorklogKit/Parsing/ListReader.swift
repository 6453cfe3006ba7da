/// Reads the items of a section: list items with their nesting and group, or its paragraphs.
enum ListReader {
  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, skipping skipped: [ClosedRange<Int>] = []) -> [ListEntry] {
    var items: [ListEntry] = []
    var paragraphs: [ListEntry] = []
    var group: String?
    var indents: [Int] = []  // indentation of each open nesting level
    var continuing = false  // the last line belongs to the last item or paragraph
    var paragraphOpen = false
    // Lines come in order: walk the skipped ranges along with them rather than testing every
    // range for every line (a page of thousands of tables made that quadratic).
    let skip = merged(skipped)
    var k = 0
    for line in lines {
      while k < skip.count, skip[k].upperBound < line.number { k += 1 }
      if k < skip.count, skip[k].contains(line.number) { continue }
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

  /// `ranges` sorted and with overlapping or touching ranges joined.
  static func merged(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
    var out: [ClosedRange<Int>] = []
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = out.last, r.lowerBound <= last.upperBound + 1 {
        out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
      } else {
        out.append(r)
      }
    }
    return out
  }
}
