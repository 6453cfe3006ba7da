/// Reads the section labels a page writes inline, its text on the same line
/// (`**Main objective:** train a baseline model`, `Goal: automate the pipeline.`).
///
/// The parser keeps the kinds they name as `Worklog.inlineLabels`: a page that states its
/// objectives that way has them, though it has no objectives heading.
enum InlineLabels {
  /// The section kinds named by a label opening a text or list line of `lines`.
  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) -> Set<SectionKind> {
    var kinds = Set<SectionKind>()
    for line in lines {
      switch line.kind {
      case .text, .listItem: break
      default: continue
      }
      // A label opens with `**` or ends at a `:`: a line with neither is not read into a string.
      guard mayHoldLabel(file.bytes, line.content), let kind = label(file.text(bytes: line.content)) else { continue }
      kinds.insert(kind)
    }
    return kinds
  }

  /// The kind a line's opening label names, when text follows it on the line.
  static func label(_ raw: String) -> SectionKind? {
    let label: String
    let rest: String
    if raw.hasPrefix("**") {
      let afterOpen = raw.dropFirst(2)
      guard let close = afterOpen.range(of: "**") else { return nil }
      label = String(afterOpen[..<close.lowerBound])
      rest = String(afterOpen[close.upperBound...])
    } else {
      guard let colon = raw.firstIndex(ofASCII: UInt8(ascii: ":")) else { return nil }
      label = String(raw[..<colon])
      // The `:` is one byte: the character after it starts on the next.
      rest = String(raw[raw.utf8.index(after: colon)...])
    }
    let name = label.trimmingCharacters(in: " :")
    guard
      !name.isEmpty && name.count <= 40 && name.split(separator: " ").count <= 4
        && !rest.trimmingCharacters(in: " :*").isEmpty
    else { return nil }
    return Vocabulary.sectionKind(name)
  }

  /// Whether the bytes in `range` start with `**` or hold a `:`.
  static func mayHoldLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "*"), bytes[range.lowerBound + 1] == UInt8(ascii: "*")
    {
      return true
    }
    return bytes[range].contains(UInt8(ascii: ":"))
  }
}
