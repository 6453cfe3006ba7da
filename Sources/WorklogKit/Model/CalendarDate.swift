/// A plain calendar day (proleptic Gregorian), with no time zone anywhere.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// A date, or nil when the day does not exist (`31/02/2025`) or the year is implausible.
  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2200).contains(year), (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before); the civil-from-days algorithm in reverse.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Today in the machine's local time zone. Commands take the date from their environment's
  /// clock instead, so tests can set it.
  public static func localToday() -> CalendarDate { System.localToday() }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The Monday of this date's week (ISO: Monday to Sunday), on or before it.
  public var monday: CalendarDate { adding(days: 1 - weekday) }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// Days from `self` to `other`.
  public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Earlier in time. The fields compared in order, which for a day that exists (all a
  /// `CalendarDate` is) is the order of the day numbers, without working either out: dates
  /// are compared in every sort and range test of a table's rows.
  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    if a.year != b.year { return a.year < b.year }
    if a.month != b.month { return a.month < b.month }
    return a.day < b.day
  }

  /// Parses strict ISO `YYYY-MM-DD` (an optional time part after `T` or a space is ignored).
  public static func parseISO(_ text: some StringProtocol) -> CalendarDate? {
    let u = Array(text.utf8)
    guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard ByteText.isDigit(u[i]) else { return nil }
        v = v * 10 + Int(u[i] - 0x30)
      }
      return v
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    if u.count > 10 && u[10] != 0x54 && u[10] != 0x20 && u[10] != 0x74 { return nil }
    return CalendarDate(year: y, month: m, day: d)
  }
}
