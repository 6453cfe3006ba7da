/// What `DayLabel.parseReading` asks of a label's bytes, each answered in one pass over the
/// UTF-8 buffer rather than by a generic walk of the `utf8` view per question (this runs on
/// every short cell of every table).
struct DayLabelMarks: Sendable, Equatable {
  /// Whether the text holds a `*` or a `` ` `` byte.
  var emphasis = false
  /// Whether the text holds a `(` byte.
  var parenthesis = false
  /// Whether the text may hold a range separator (`-`, `–`, `,`, `/`, `&`, ` to `): it holds one
  /// of their bytes (`–` by its lead byte `E2`) or the bytes ` to `. Without one, no separator
  /// is found in it.
  var separator = false

  init(_ text: String) {
    var u = text
    (emphasis, parenthesis, separator) = u.withUTF8 { b in
      var emphasis = false
      var parenthesis = false
      var separator = false
      for i in b.indices {
        switch b[i] {
        case UInt8(ascii: "*"), UInt8(ascii: "`"): emphasis = true
        case UInt8(ascii: "("): parenthesis = true
        case UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "&"), 0xE2: separator = true
        case UInt8(ascii: " "):
          if i + 3 < b.count, b[i + 1] == UInt8(ascii: "t"), b[i + 2] == UInt8(ascii: "o"),
            b[i + 3] == UInt8(ascii: " ")
          {
            separator = true
          }
        default: break
        }
      }
      return (emphasis, parenthesis, separator)
    }
  }

  /// Whether `a` and `b` hold the same bytes (not merely canonically equal characters).
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
  }

  /// The first and last bytes of `text`, nil when it is empty.
  static func ends(_ text: String) -> (UInt8, UInt8)? {
    var t = text
    return t.withUTF8 { b in
      guard let first = b.first, let last = b.last else { return nil }
      return (first, last)
    }
  }
}
