/// Keyword matching over page text: headings and titles are compared folded.
extension String {
  /// The string lower-cased and with runs of white space folded to one space, for keyword matching.
  var foldedForMatching: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    var lastWasSpace = true
    for scalar in lowercased().unicodeScalars {
      if scalar.properties.isWhitespace {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
      } else {
        out.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// The first run of ASCII digits after `keyword` (spaces, `-`, `_`, `.` or `:` between), if any.
  func number(after keyword: String) -> Int? {
    var search = startIndex..<endIndex
    while let found = range(of: keyword, range: search) {
      var i = found.upperBound
      while i < endIndex, " -_.:#".contains(self[i]) { i = index(after: i) }
      var digits = ""
      while i < endIndex, let d = self[i].asciiValue, d >= 0x30, d <= 0x39, digits.count < 4 {
        digits.append(self[i])
        i = index(after: i)
      }
      if let n = Int(digits), i == endIndex || !(self[i].isNumber) { return n }
      search = found.upperBound..<endIndex
    }
    return nil
  }
}
