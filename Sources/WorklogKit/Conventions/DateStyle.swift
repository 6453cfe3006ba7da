/// How a site writes a day in its task table: `15/09/2025`, `09/15/2025`, `15-09-2025`,
/// `15/09`, `2025-09-15`.
public struct DateStyle: Sendable, Hashable, CustomStringConvertible {
  /// Day first or month first (ignored for ISO dates).
  public var order: DateOrder
  /// `/`, `-` or `.`.
  public var separator: String
  /// Whether day and month are written with two digits (`05/09`).
  public var padded: Bool
  /// 4 (`2025`), 2 (`25`) or 0 (no year).
  public var yearDigits: Int
  /// `YYYY-MM-DD`.
  public var iso: Bool

  public init(order: DateOrder, separator: String = "/", padded: Bool = true, yearDigits: Int = 4, iso: Bool = false) {
    self.order = order
    self.separator = separator
    self.padded = padded
    self.yearDigits = yearDigits
    self.iso = iso
  }

  /// `date` as the site writes it.
  public func text(_ date: CalendarDate) -> String {
    if iso { return date.description }
    func field(_ n: Int) -> String { padded && n < 10 ? "0\(n)" : String(n) }
    let (a, b) = order == .dayFirst ? (date.day, date.month) : (date.month, date.day)
    var out = field(a) + separator + field(b)
    if yearDigits == 4 { out += separator + String(date.year) }
    if yearDigits == 2 { out += separator + field(date.year % 100) }
    return out
  }

  /// `DD/MM/YYYY`, `MM-DD`, `YYYY-MM-DD`: the form a configuration writes.
  public var description: String {
    if iso { return "YYYY-MM-DD" }
    let (a, b) = order == .dayFirst ? ("DD", "MM") : ("MM", "DD")
    let year = yearDigits == 4 ? separator + "YYYY" : yearDigits == 2 ? separator + "YY" : ""
    let shown = padded ? a + separator + b : String(a.prefix(1)) + separator + String(b.prefix(1))
    return shown + year
  }

  /// Reads `DD/MM/YYYY`, `M/D/YY`, `DD.MM`, `YYYY-MM-DD` and the like; nil for anything else.
  public init?(_ format: String) {
    if format == "YYYY-MM-DD" {
      self.init(order: .dayFirst, separator: "-", iso: true)
      return
    }
    guard let separator = ["/", "-", "."].first(where: { format.contains($0) }) else { return nil }
    let fields = format.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 2 || fields.count == 3 else { return nil }
    let order: DateOrder
    switch (fields[0], fields[1]) {
    case ("DD", "MM"), ("D", "M"): order = .dayFirst
    case ("MM", "DD"), ("M", "D"): order = .monthFirst
    default: return nil
    }
    var year = 0
    if fields.count == 3 {
      guard fields[2] == "YYYY" || fields[2] == "YY" else { return nil }
      year = fields[2].count
    }
    self.init(order: order, separator: separator, padded: fields[0].count == 2, yearDigits: year)
  }

  /// The program's standard: `15/09/2025`.
  public static let standard = DateStyle(order: .dayFirst)
}
