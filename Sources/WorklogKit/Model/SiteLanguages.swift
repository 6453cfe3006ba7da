/// The languages of a site's week pages, as twins are paired.
extension Site {
  /// Each week page's language for pairing twins, by `key(_:)`. A language guessed from the
  /// text of an unsuffixed page is taken as the other one when the same week has a page marked
  /// with the guessed language by suffix or folder: `1.9-Week9.md` beside `1.9-Week9.en.md` is
  /// the Vietnamese page, however much English it quotes.
  static func pairingCodes(_ weeks: [Worklog]) -> [String: String] {
    // `week|code` of the pages marked by suffix or folder: the keys name their week.
    let marked = Set(
      weeks.filter { $0.language.source != .text }.compactMap { p in p.trustedWeek.map { "\($0)|\(p.language.code)" } })
    var out: [String: String] = [:]
    for page in weeks {
      var code = page.language.code
      if page.language.source == .text, let week = page.trustedWeek, marked.contains("\(week)|\(code)") {
        switch code {
        case "en": code = "vi"
        case "vi": code = "en"
        default: break
        }
      }
      out[key(page)] = code
    }
    return out
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
