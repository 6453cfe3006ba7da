/// Reads the items of a section as trees: list items with the items nested under them, and
/// sub-headings (or bold pseudo-headings) as groups holding what follows them. A section
/// without a list gives its paragraphs.
enum ListReader {
  /// Nesting deeper than this is kept at this depth: the tree is walked by recursion in places
  /// (JSON), and no one writes a list 16 deep on purpose.
  static let maxDepth = 16
  /// The depth a bold pseudo-heading takes among heading levels: under any real sub-heading.
  private static let pseudoHeadingLevel = 7

  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, skipping skipped: [ClosedRange<Int>] = [])
    -> [ListEntry]
  {
    // First the entries in order, each with its depth; then the trees.
    var items: [(depth: Int, entry: ListEntry)] = []
    var paragraphs: [(depth: Int, entry: ListEntry)] = []
    var groups: [(headingLevel: Int, depth: Int, entry: ListEntry, order: Int)] = []
    var openGroups: [(headingLevel: Int, text: String)] = []
    var indents: [Int] = []  // indentation of each open nesting level
    var continuing = false  // the last line belongs to the last item or paragraph
    var paragraphOpen = false
    var order = 0  // position among all entries, so groups, items and paragraphs merge in order
    var orderOf: [Int] = []  // for items and paragraphs, kept alongside
    var paragraphOrder: [Int] = []
    // A line makes at most one item: room for them all is made once, not grown item by item
    // (the arrays live only while the trees are built).
    items.reserveCapacity(lines.count)
    orderOf.reserveCapacity(lines.count)

    func openGroup(_ text: String, level: Int, _ line: MarkdownLine) {
      while let last = openGroups.last, last.headingLevel >= level { openGroups.removeLast() }
      openGroups.append((level, text))
      let entry = ListEntry(text: text, range: file.range(line.content), level: 0, group: nil, links: [], isGroup: true)
      groups.append((level, openGroups.count, entry, order))
      order += 1
      indents.removeAll()
      continuing = false
      paragraphOpen = false
    }

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
        let inline = inlineText(file, line.content)
        let entry = ListEntry(
          text: inline.fromLine ? inline.text : inline.text.replacingAll("\n", with: " "),
          range: file.range(line.content), level: indents.count,
          group: openGroups.last?.text, links: inline.links)
        items.append((openGroups.count + indents.count, entry))
        orderOf.append(order)
        order += 1
        continuing = true
        paragraphOpen = false
      case .heading(let level):
        openGroup(InlineTextReader.heading(file.text(bytes: line.content)), level: level, line)
      case .text:
        // Only a line starting with `**` can open a group: `hasPrefix` settles the rest.
        if ByteText.hasPrefix(file.bytes, at: line.content.lowerBound, end: line.content.upperBound, "**"),
          file.text(bytes: line.content).hasPrefix("**"), let heading = SectionReader.pseudoHeading(file, line)
        {
          openGroup(heading, level: pseudoHeadingLevel, line)
          continue
        }
        let inline = inlineText(file, line.content)
        if continuing, !items.isEmpty, !paragraphOpen {
          items[items.count - 1].entry.text += " " + inline.text
          items[items.count - 1].entry.links += inline.links
        } else if paragraphOpen, !paragraphs.isEmpty {
          paragraphs[paragraphs.count - 1].entry.text += " " + inline.text
        } else if !inline.text.isEmpty {
          let entry = ListEntry(
            text: inline.text, range: file.range(line.content), level: 1, group: openGroups.last?.text,
            links: inline.links)
          paragraphs.append((openGroups.count + 1, entry))
          paragraphOrder.append(order)
          order += 1
          paragraphOpen = true
        }
      case .blank:
        paragraphOpen = false
        continuing = false
      case .code, .fence:
        continue
      case .tableRow, .thematicBreak, .html, .shortcode, .comment, .alert:
        continuing = false
        paragraphOpen = false
      }
    }
    let (content, contentOrder) = items.isEmpty ? (paragraphs, paragraphOrder) : (items, orderOf)
    // Without a group there is nothing to merge: the content is the sequence.
    if groups.isEmpty { return trees(content) }
    // Merge the groups into the content by position.
    var sequence: [(depth: Int, entry: ListEntry)] = []
    sequence.reserveCapacity(groups.count + content.count)
    var g = 0
    for (i, c) in content.enumerated() {
      while g < groups.count, groups[g].order < contentOrder[i] {
        sequence.append((groups[g].depth, groups[g].entry))
        g += 1
      }
      sequence.append(c)
    }
    return trees(sequence)
  }

  /// The text and links `InlineTextReader.read` finds in the line at `content`: from its bytes
  /// when they settle it (`PlainLineText`: no links then, and `fromLine`: the line's own text,
  /// which holds no line break), else from the line as a `String` (a `<br>` may break it).
  static func inlineText(_ file: SourceFile, _ content: Range<Int>) -> (
    text: String, links: [Reference], fromLine: Bool
  ) {
    if let text = file.bytes.withUnsafeBufferPointer({ PlainLineText.string($0, content) }) {
      return (text, [], true)
    }
    let inline = InlineTextReader.read(file.text(bytes: content))
    return (inline.text, inline.links, false)
  }

  /// Entries in order with their depths → trees. A group left without items is dropped (a
  /// sub-heading over a table or over prose in a section that has a list).
  static func trees(_ sequence: [(depth: Int, entry: ListEntry)]) -> [ListEntry] {
    var roots: [ListEntry] = []
    var stack: [ListEntry] = []
    stack.reserveCapacity(min(sequence.count, maxDepth))
    func close() {
      let e = stack.removeLast()
      if e.isGroup && e.children.isEmpty { return }
      if stack.isEmpty { roots.append(e) } else { stack[stack.count - 1].children.append(e) }
    }
    for (depth, entry) in sequence {
      let d = min(max(depth, 1), maxDepth)
      while stack.count >= d { close() }
      var e = entry
      e.level = stack.count + 1
      stack.append(e)
    }
    while !stack.isEmpty { close() }
    return roots
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
