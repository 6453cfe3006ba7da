extension TemplatePlaceholderRule {
  /// Whether the plain text `t` (every scalar a `Character` of its own, `ScalarCharacters`)
  /// surely is no placeholder: it is not only dots and, folded as `placeholderByWords` folds it
  /// (`foldedForMatching`), holds none of `foldedPlaceholderWords`. False when it cannot tell.
  ///
  /// `lacksPlaceholderWord` answers for ASCII text; this answers for the rest of plain text
  /// (Vietnamese) too. Every placeholder `placeholderByWords` names is only dots, or its folded
  /// text holds a stand-in's first word, a section noun or a prompt topic. The text is lower-cased
  /// a scalar at a time (`FoldingTable`), each run of white space written as one space, and the
  /// words are looked for in those bytes: every scalar of the lower-cased text is then a
  /// `Character` in NFC, as every word is, so a word the folded text holds is among the bytes.
  /// A scalar whose lower case is not such a scalar (`İ` lower-cases to two) is not answered for.
  static func lacksFoldedPlaceholderWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = t.count
    guard n > 0, n <= 200 else { return false }
    let table = FoldingTable.shared
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 4) { out -> Bool in
      let capacity = out.count
      var at = 0
      var space = false
      // A scalar other than white space, `.` and `…`: the text is not only dots.
      var other = false
      var i = 0
      while i < n {
        let b = t[i]
        if b < 0x80 {
          if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
            if !space {
              out[at] = 0x20
              at += 1
              space = true
            }
          } else {
            if b != 0x2E { other = true }
            out[at] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            at += 1
            space = false
          }
          i += 1
          continue
        }
        let end = LowercaseBytes.scalarEnd(t, from: i)
        var v = UInt32(b < 0xE0 ? b & 0x1F : b < 0xF0 ? b & 0x0F : b & 0x07)
        for k in (i + 1)..<end { v = v << 6 | UInt32(t[k] & 0x3F) }
        i = end
        if isPlainWhitespace(v) {
          if !space {
            out[at] = 0x20
            at += 1
            space = true
          }
          continue
        }
        guard let lower = table.lowerScalar(v), isPlainScalar(lower), at + 4 <= capacity else {
          return false
        }
        if lower != 0x2026 { other = true }
        at = FoldedText.put(lower, into: out, at: at)
        space = false
      }
      guard other else { return false }
      return !foldedWordTable.occurs(in: UnsafeBufferPointer(rebasing: out[0..<at]))
    }
  }

  /// The words one of which the folded text of every placeholder but dots holds: the prompt
  /// topics (the section nouns among them) and the first word of each stand-in, as bytes.
  static let foldedPlaceholderWords: [[UInt8]] =
    (promptTopics + standIns.sorted().compactMap { $0.split(separator: " ").first.map(String.init) }).map {
      Array($0.utf8)
    }

  /// `foldedPlaceholderWords`, laid out for the search.
  static let foldedWordTable = PlaceholderWordTable(foldedPlaceholderWords)

  /// Whether non-ASCII scalar value `v` of plain text is white space: U+0085, U+00A0,
  /// U+2000–U+200A, U+2028, U+2029 (the white space `ScalarCharacters` lets through).
  @inline(__always)
  static func isPlainWhitespace(_ v: UInt32) -> Bool {
    v == 0x85 || v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
  }

  /// Whether scalar value `v` is one `ScalarCharacters` accepts: ASCII but a carriage return,
  /// U+0080–U+02FF, U+1E00–U+1EFF, U+2000–U+200A, U+2010–U+2027.
  @inline(__always)
  static func isPlainScalar(_ v: UInt32) -> Bool {
    if v < 0x80 { return v != 0x0D }
    return v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2000 && v <= 0x200A) || (v >= 0x2010 && v <= 0x2027)
  }
}
