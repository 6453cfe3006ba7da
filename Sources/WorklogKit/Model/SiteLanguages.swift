/// The languages of a site's week pages, as twins are paired.
extension Site {
  /// Each week page's language for pairing twins, by index into `weeks`. A language guessed
  /// from the text of an unsuffixed page is taken as the other one when the same week has a page
  /// marked with the guessed language by suffix or folder: `1.9-Week9.md` beside `1.9-Week9.en.md`
  /// is the Vietnamese page, however much English it quotes.
  static func pairingCodes(_ weeks: [Worklog]) -> [String] {
    // The week and code of the pages marked by suffix or folder.
    var marked = Set<WeekLanguage>()
    for i in weeks.indices where weeks[i].language.source != .text {
      if let week = weeks[i].trustedWeek { marked.insert(WeekLanguage(week: week, code: weeks[i].language.code)) }
    }
    var out: [String] = []
    out.reserveCapacity(weeks.count)
    for i in weeks.indices {
      var code = weeks[i].language.code
      if weeks[i].language.source == .text, let week = weeks[i].trustedWeek,
        marked.contains(WeekLanguage(week: week, code: code))
      {
        switch code {
        case "en": code = "vi"
        case "vi": code = "en"
        default: break
        }
      }
      out.append(code)
    }
    return out
  }

  /// A week number and a language code: a week's marked language.
  private struct WeekLanguage: Hashable {
    var week: Int
    var code: String
  }
}

extension Worklog {
  /// `English`, `Vietnamese`, or the language code, of the page's own language.
  public var languageName: String { Worklog.languageName(language.code) }

  /// `English`, `Vietnamese`, or `'code'` in quotes.
  public static func languageName(_ code: String) -> String {
    switch code {
    case "en": return "English"
    case "vi": return "Vietnamese"
    default: return "'\(code)'"
    }
  }
}
