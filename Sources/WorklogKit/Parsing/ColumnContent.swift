/// What the written cells of one table column hold, counted cell by cell.
///
/// Empty cells and placeholders (`-`, `N/A`) are left out: they say nothing about the column.
struct ColumnContent: Sendable, Hashable {
  /// Cells that hold something.
  var cells = 0
  /// Cells that read as a date or a range of dates (`06/07/2026`, `04/05`, `May 4, 2026`), or
  /// are shaped like one (`29/10/20255`).
  var dates = 0
  /// Cells that name a weekday (`Mon`, `Thứ 2`, `Monday (06/07)`) or count days (`Day 3`).
  var weekdays = 0
  /// Cells that are a bare number below 100 (`2`, `17`): Thứ numbers, ordinals, running days.
  var numbers = 0
  /// Cells that are links and little else.
  var links = 0
  /// Cells with letters that are none of the above.
  var texts = 0
  /// Text cells of four words or more: a task's description rather than a title.
  var long = 0
  /// Text cells of six words or fewer, with no link: titles (`AWS VPC guide`).
  var titles = 0
  /// Cells of eight words or more, with no link.
  var prose = 0
  /// Letters in the text cells, to find the column with the longest text.
  var letters = 0

  /// The share of the written cells that `count` makes, 0 when none is written.
  func share(_ count: Int) -> Double { cells == 0 ? 0 : Double(count) / Double(cells) }

  /// Letters per written cell.
  var lettersPerCell: Double { cells == 0 ? 0 : Double(letters) / Double(cells) }

  /// Counts the cells of column `index` in `rows`.
  static func count(_ rows: [RawRow], column index: Int) -> ColumnContent {
    var c = ColumnContent()
    for row in rows {
      guard let cell = row.cells[safe: index] else { continue }
      c.add(ReadCell(cell.markdown))
    }
    return c
  }

  /// Counts column `index` of `rows`, each row's cells already read.
  static func count(_ rows: [[ReadCell]], column index: Int) -> ColumnContent {
    var c = ColumnContent()
    for row in rows {
      guard let cell = row[safe: index] else { continue }
      c.add(cell)
    }
    return c
  }

  /// Counts the first `columns` columns of the rows `keep` takes, each row's cells already
  /// read, in one pass over the rows: `count(rows.filter(keep), column: i)` for each column,
  /// without copying a row or a cell.
  static func count(_ rows: [[ReadCell]], columns: Int, where keep: ([ReadCell]) -> Bool) -> [ColumnContent] {
    var contents = Array(repeating: ColumnContent(), count: columns)
    for r in rows.indices where keep(rows[r]) {
      // The cell's text and links are read where it lies: the cell is not copied out of its row.
      for i in 0..<min(columns, rows[r].count) {
        contents[i].add(text: rows[r][i].trimmed, links: rows[r][i].inline.links)
      }
    }
    return contents
  }

  /// Whether `text` reads as a date or a range of dates, or is shaped like one: a measurement
  /// (`0.85`, `5301.91`) or a version (`1.2`) is not.
  static func isDate(_ text: String) -> Bool { isDate(text, reading: DateReading.parse(text)) }

  /// `isDate(text)`, given `text` already read (`DateReading.parse(text)`).
  static func isDate(_ text: String, reading: DateReading?) -> Bool {
    guard let reading else { return false }
    func plausible(_ r: DateReading) -> Bool {
      switch r {
      case .fixed, .noSuchDay: return true
      case .numeric(let a, let b, let year):
        guard (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12 else { return false }
        if let year { return year < 100 || (1990...2100).contains(year) }
        // Without a year only `/` or `-` joins a day and a month; `1.5` is a number.
        return text.contains("/") || text.contains("-")
      case .range(let x, let y): return plausible(x) && plausible(y)
      case .malformed: return text.contains("/")
      case .notADate: return false
      }
    }
    return plausible(reading)
  }

  /// The longest cell read as a date, in bytes: `Thứ Hai (29/06/2026) – Thứ Sáu (03/07/2026)`
  /// is 45.
  static let longestDate = 64

  /// The letters in `text`: ASCII ones by their byte, the Latin blocks' (Vietnamese letters
  /// included) by a table made once, others by their Unicode property, without building a
  /// scalar array (this runs on every cell of every table).
  static func letterCount(_ text: String) -> Int {
    let fast: Int? = text.utf8.withContiguousStorageIfAvailable { letterCount(bytes: $0) } ?? nil
    return fast ?? letterCountByScalars(text)
  }

  /// `letterCount` of the text whose UTF-8 is `u`; nil when a byte does not start a scalar
  /// where one should start. Eight ASCII bytes are counted at once: a byte is a letter when,
  /// with its `0x20` bit set, it lies in `a`…`z`.
  static func letterCount(bytes u: UnsafeBufferPointer<UInt8>) -> Int? {
    var n = 0
    var i = 0
    while i < u.count {
      if i + 8 <= u.count {
        let w = ByteWords.word(u, at: i)
        if w & ByteWords.high == 0 {
          n += ByteWords.asciiLetters(w)
          i += 8
          continue
        }
      }
      let b = u[i]
      if b < 0x80 {
        if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { n += 1 }
        i += 1
        continue
      }
      guard let (v, next) = CellBytes.scalar(u, at: i) else { return nil }
      if v < 0x250 {
        if latinLetters[Int(v)] { n += 1 }
      } else if v >= 0x1E00 && v <= 0x1EFF {
        if extendedLetters[Int(v - 0x1E00)] { n += 1 }
      } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
        n += 1
      }
      i = next
    }
    return n
  }

  /// `letterCount(rest)` where `rest` is `text` with every occurrence of each title removed in
  /// turn (`rest = rest.replacingAll(title, with: "")`), worked on one byte copy.
  ///
  /// `replacingAll` finds and drops the occurrences left to right by their bytes, as this does;
  /// a title is whole scalars, so what is left is too.
  static func letterCount(_ text: String, removing titles: [String]) -> Int {
    // Most link cells write the title and nothing else, or a title the text does not hold as
    // written: a title that does not occur removes nothing, and with none the text is counted
    // where it is, without a copy.
    var probe = text
    let anyOccurs = probe.withUTF8 { hay in
      titles.contains { title in
        guard !title.isEmpty else { return false }
        var title = title
        return title.withUTF8 { ByteSearch.firstOffset(of: $0, in: hay, from: 0) != nil }
      }
    }
    if !anyOccurs { return letterCount(text) }
    var rest = Array(text.utf8)
    for title in titles where !title.isEmpty {
      var title = title
      title.withUTF8 { t in
        var out: [UInt8] = []
        var removed = false
        rest.withUnsafeBufferPointer { hay in
          var from = 0
          while let at = ByteSearch.firstOffset(of: t, in: hay, from: from) {
            if !removed {
              out.reserveCapacity(hay.count)
              removed = true
            }
            out.append(contentsOf: hay[from..<at])
            from = at + t.count
          }
          if removed { out.append(contentsOf: hay[from...]) }
        }
        if removed { rest = out }
      }
    }
    return rest.withUnsafeBufferPointer { letterCount(bytes: $0) }
      ?? letterCountByScalars(String(decoding: rest, as: UTF8.self))
  }

  /// `letterCount` scalar by scalar, by the Unicode property: the reference.
  static func letterCountByScalars(_ text: String) -> Int {
    var n = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { n += 1 }
      } else if scalar.properties.isAlphabetic {
        n += 1
      }
    }
    return n
  }

  /// Whether each scalar below U+0250 is a letter to `letterCount` (ASCII by its byte).
  private static let latinLetters: [Bool] = (0..<0x250).map { (v: Int) -> Bool in
    if v < 0x80 {
      let l = v | 0x20
      return l >= 0x61 && l <= 0x7A
    }
    guard let scalar = Unicode.Scalar(UInt32(v)) else { return false }
    return scalar.properties.isAlphabetic
  }

  /// Whether each scalar of U+1E00…U+1EFF (Latin Extended Additional) is alphabetic.
  private static let extendedLetters: [Bool] = (0x1E00...0x1EFF).map { (v: Int) -> Bool in
    guard let scalar = Unicode.Scalar(UInt32(v)) else { return false }
    return scalar.properties.isAlphabetic
  }

  private mutating func add(_ cell: ReadCell) { add(text: cell.trimmed, links: cell.inline.links) }

  /// Counts one cell by its trimmed one-line text and its links.
  private mutating func add(text: String, links cellLinks: [Reference]) {
    if CellBytes.mayBePlaceholder(text), TaskText.isPlaceholder(text) { return }
    cells += 1
    if CellBytes.isSmallNumber(text) {
      numbers += 1
      return
    }
    // A label is short (`Monday (06/07)`, `Thứ 2 - Thứ 6`); a task may name a day in passing.
    var dateRead: DateReading??
    if let numeric = NumericDateBytes.read(text), Int(text) == nil {
      // Digits joined by `/`, `-` or `.` (`06/07/2026`) that are not one number: `DayLabel`
      // reads no weekday, number or ordinal in them, only the date `DateReading.parse` reads.
      dateRead = numeric
    } else if CellBytes.hasAtMost(24, charactersIn: text) {
      let (label, read) = DayLabel.parseReading(text)
      dateRead = read
      switch label {
      case .weekday, .ordinal:
        weekdays += 1
        return
      case .range(let a, let b) where !a.hasNumber && !b.hasNumber:
        weekdays += 1
        return
      case .number:
        // `2 (15/06)`: a Thứ number with its date.
        numbers += 1
        return
      default: break
      }
    }
    // A date, a range of dates or a date with its weekday is short; a task cell is not read as one.
    // Without a digit no cell reads as a date.
    if text.utf8.count <= ColumnContent.longestDate, CellBytes.hasDigit(text),
      ColumnContent.isDate(text, reading: dateRead ?? DateReading.parse(text))
    {
      dates += 1
      return
    }
    if cellLinks.contains(where: { $0.url != nil }) {
      let titles = cellLinks.compactMap { $0.url == nil ? nil : $0.title }
      if ColumnContent.letterCount(text, removing: titles) < 12 {
        links += 1
        return
      }
    }
    let allLetters = ColumnContent.letterCount(text)
    guard allLetters >= 1 else { return }
    texts += 1
    letters += allLetters
    // Only 4, 6 and 8 words matter: counting stops at 8.
    let words = CellBytes.wordCount(text, upTo: 8)
    if words >= 4 { long += 1 }
    if cellLinks.isEmpty, words <= 6 { titles += 1 }
    if cellLinks.isEmpty, words >= 8 { prose += 1 }
  }
}
