/// How a cell that already holds text takes one more item: the `<br>` the cell (or its table)
/// writes between items, spaces included, and the list marker its items start with.
struct CellJoin: Sendable, Equatable {
  /// What goes between the old text and the new (`<br>`, ` <br> `, `<br/>`).
  var separator: String
  /// What starts the new item (`- `, `+ `, `3. `), or nothing.
  var marker: String

  /// The join for a cell written `cell`; `others` are the table's other cells of the column,
  /// asked for a separator when the cell has none.
  static func learn(_ cell: String, others: [String]) -> CellJoin {
    let separator = ([cell] + others).lazy.compactMap(CellJoin.separator(in:)).first ?? "<br>"
    let items = CellJoin.items(cell)
    var marker = ""
    if let first = items.first {
      if let bullet = ["- ", "+ ", "* ", "• "].first(where: { first.hasPrefix($0) }) {
        marker = bullet
      } else if let number = CellJoin.number(first) {
        let last = items.reversed().compactMap(CellJoin.number).first ?? number
        marker = "\(last.value + 1)\(last.punctuation) "
      }
    }
    return CellJoin(separator: separator, marker: marker)
  }

  /// `text` as the next item: the marker first unless the text starts with one of its own.
  func item(_ text: String) -> String {
    guard !marker.isEmpty else { return text }
    let own = ["- ", "+ ", "* ", "• "].contains { text.hasPrefix($0) } || CellJoin.number(text) != nil
    return own ? text : marker + text
  }

  /// The first `<br>`-like tag in `text` with the spaces around it.
  static func separator(in text: String) -> String? {
    guard let open = text.range(of: "<br"),
      let close = text[open.upperBound...].firstIndex(of: ">")
    else { return nil }
    var lo = open.lowerBound
    while lo > text.startIndex, text[text.index(before: lo)] == " " { lo = text.index(before: lo) }
    var hi = text.index(after: close)
    while hi < text.endIndex, text[hi] == " " { hi = text.index(after: hi) }
    return String(text[lo..<hi])
  }

  /// The items of a cell: its text cut at each `<br>` tag, trimmed; `&emsp;` sub-items left out.
  static func items(_ text: String) -> [String] {
    var out: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "<br"),
      let close = rest[open.upperBound...].firstIndex(of: ">")
    {
      out.append(String(rest[..<open.lowerBound]).trimmingSpaces)
      rest = rest[rest.index(after: close)...]
    }
    out.append(String(rest).trimmingSpaces)
    return out.filter { !$0.isEmpty && !$0.hasPrefix("&emsp;") && !$0.hasPrefix("&nbsp;") }
  }

  /// `3. ` or `3) ` at the start of an item: the number and its punctuation.
  static func number(_ item: String) -> (value: Int, punctuation: Character)? {
    let digits = item.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { return nil }
    let after = item.dropFirst(digits.count)
    guard let p = after.first, p == "." || p == ")", after.dropFirst().first == " " else { return nil }
    return (value, p)
  }
}
