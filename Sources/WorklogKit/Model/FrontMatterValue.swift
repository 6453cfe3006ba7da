/// A value of front matter: the YAML subset worklog reads, and TOML and JSON values.
public enum FrontMatterValue: Sendable, Equatable {
  /// A string; `quoted` says whether it was written in quotes.
  case string(String, quoted: Bool)
  /// An integer; `leadingZero` flags `08`, which YAML 1.1 readers take for a string or octal.
  case integer(Int, leadingZero: Bool)
  case float(Double)
  case boolean(Bool)
  /// An unquoted `YYYY-MM-DD`.
  case date(CalendarDate)
  /// An unquoted date with a time (`2025-09-08T10:00:00+07:00`); the text is kept.
  case dateTime(CalendarDate, String)
  /// A flow (`[a, b]`) or block (`- a`) list of scalars, kept as text.
  case list([String])
  case null
  /// A nested map (a TOML `[section]` or inline table, a JSON object), kept as its keys.
  case table(keys: [String])
  /// Text the subset cannot read (an unterminated quote, a nested map); `reason` says why.
  case unreadable(reason: String)

  /// The value as text a person would read (the string itself, the number, the date).
  public var text: String? {
    switch self {
    case .string(let s, _): return s
    case .integer(let n, _): return String(n)
    case .float(let f): return String(f)
    case .boolean(let b): return String(b)
    case .date(let d): return d.description
    case .dateTime(_, let raw): return raw
    case .list(let items): return items.joined(separator: ", ")
    case .null, .unreadable, .table: return nil
    }
  }

  /// The value read as a whole number when it is one (`8`, `"8"`, `8.0`).
  public var integerValue: Int? {
    switch self {
    case .integer(let n, _): return n
    case .float(let f) where f == f.rounded() && abs(f) < 1e9: return Int(f)
    case .string(let s, _): return Int(s.trimmingSpaces)
    default: return nil
    }
  }

  /// The calendar date this value denotes, if it is one (an ISO date, quoted or not).
  public var dateValue: CalendarDate? {
    switch self {
    case .date(let d), .dateTime(let d, _): return d
    case .string(let s, _): return CalendarDate.parseISO(s.trimmingSpaces)
    default: return nil
    }
  }
}
