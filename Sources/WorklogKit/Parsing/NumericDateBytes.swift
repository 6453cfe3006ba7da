/// Reads the date cells most tables hold (`06/07/2026`, `2026-07-06`, `06/07`, `03-09/08`,
/// `1.5`) straight from their bytes, as `DateReading.parse` reads them from its tokens.
///
/// A cell of two or three runs of ASCII digits joined by single `/`, `-` or `.` and nothing
/// else is read here; the token reading splits it into the same numbers and symbols and would
/// take the same steps. Any other cell (spaces, words, a range, a leading sign) is left to
/// `DateReading.parse`'s tokens: `read` answers nil.
enum NumericDateBytes {
  /// `DateReading.parse(text)` when `text` has one of the shapes above; nil when it has not.
  static func read(_ text: String) -> DateReading?? {
    text.utf8.withContiguousStorageIfAvailable { read($0) } ?? nil
  }

  /// `read` on UTF-8 bytes.
  static func read(_ u: UnsafeBufferPointer<UInt8>) -> DateReading?? {
    // Up to three numbers (value, digits) and the two symbols between them.
    var value = (0, 0, 0)
    var digits = (0, 0, 0)
    var symbol: (UInt8, UInt8) = (0, 0)
    var count = 0
    var i = 0
    while i < u.count {
      var v = 0
      var d = 0
      while i < u.count, ByteText.isDigit(u[i]) {
        v = v * 10 + Int(u[i] - 0x30)
        d += 1
        i += 1
        // Nine digits keep the token's value exact.
        if d > 9 { return nil }
      }
      guard d > 0 else { return nil }
      switch count {
      case 0: (value.0, digits.0) = (v, d)
      case 1: (value.1, digits.1) = (v, d)
      default: (value.2, digits.2) = (v, d)
      }
      count += 1
      guard i < u.count else { break }
      let s = u[i]
      guard count < 3, s == UInt8(ascii: "/") || s == UInt8(ascii: "-") || s == UInt8(ascii: ".") else { return nil }
      if count == 1 { symbol.0 = s } else { symbol.1 = s }
      i += 1
      // A symbol ends the cell or stands before another: the tokens decide.
      guard i < u.count, ByteText.isDigit(u[i]) else { return nil }
    }
    let slash = UInt8(ascii: "/")
    let (a, b, c) = value
    let (da, db, dc) = digits
    // `fallback`: malformed when it looks like a date, else not a date (there are no words).
    func fallback(_ digits: Int, slashes: Int) -> DateReading { slashes > 0 || digits >= 6 ? .malformed : .notADate }
    switch count {
    case 1:
      return .some(fallback(da, slashes: 0))
    case 2:
      let slashes = symbol.0 == slash ? 1 : 0
      guard da <= 2, db <= 2, symbol.0 == slash else { return .some(fallback(da + db, slashes: slashes)) }
      return .some(.numeric(first: a, second: b, year: nil))
    case 3:
      let (s1, s2) = symbol
      let slashes = (s1 == slash ? 1 : 0) + (s2 == slash ? 1 : 0)
      let failed: DateReading?? = .some(fallback(da + db + dc, slashes: slashes))
      // `03-09/08`: two days of one month.
      if da <= 2, s1 == UInt8(ascii: "-"), db <= 2, s2 == slash, dc <= 2 {
        return .some(.range(.numeric(first: a, second: c, year: nil), .numeric(first: b, second: c, year: nil)))
      }
      if da == 4, db <= 2, s2 == s1, dc <= 2 {
        return .some(CalendarDate(year: a, month: b, day: c).map(DateReading.fixed) ?? .noSuchDay)
      }
      guard da <= 2, db <= 2 else { return failed }
      if s2 == s1 {
        guard dc == 4 || dc == 2 else { return failed }
        return .some(.numeric(first: a, second: b, year: dc == 2 ? 2000 + c : c))
      }
      // `06/07-2026`, `06/07.26`: a date, then what reads as no second date.
      return failed
    default:
      return nil
    }
  }
}
