/// Decides a page's language from the page alone: its suffix or language folder when it has
/// one (certain), else the share of Vietnamese letters in its text, weighed by how much text
/// there is and how clear the share is. The site step (`SiteLanguage`) adds what the site says.
enum LanguageDecision {
  /// The text evidence's weight for a long page whose share is clear.
  static let textWeight = 3.0

  static func page(_ file: SourceFile, _ path: PagePath, bodyStart: Int) -> PageLanguage {
    if let s = path.languageSuffix {
      return PageLanguage(
        code: s, source: .suffix,
        decision: .certain(s, Evidence(kind: "suffix", supports: s, weight: 10, note: ".\(s).md")))
    }
    if let f = path.languageFolder {
      return PageLanguage(
        code: f, source: .folder,
        decision: .certain(f, Evidence(kind: "folder", supports: f, weight: 10, note: "content/\(f)/")))
    }
    let start = file.lineStarts[min(bodyStart, file.lineCount) - 1]
    var scorer = Scorer(["en", "vi"]) { $0 }
    addText(LanguageDetector.count(file.bytes, from: start), to: &scorer)
    let decision = scorer.decide()
    return PageLanguage(code: decision.value, source: .text, decision: decision)
  }

  /// Evidence from the letters: full weight from 50 letters on when the share is clear (at
  /// least 6% marked for Vietnamese, under 2% for English; Vietnamese marks a quarter of its
  /// letters or so), under a third near the 3% line, where the text may quote the other language.
  static func addText(_ counts: LanguageDetector.Counts, to scorer: inout Scorer<String>) {
    guard counts.letters > 0 else { return }
    let code = counts.code
    let clear = code == "vi" ? counts.share >= 0.06 : counts.share < 0.02
    let amount = min(1, Double(counts.letters) / 50)
    let percent = Int((counts.share * 100).rounded())
    scorer.add(
      "text", for: code, weight: textWeight * amount * (clear ? 1 : 0.3),
      note: "\(percent)% of \(counts.letters) letters Vietnamese")
  }
}
