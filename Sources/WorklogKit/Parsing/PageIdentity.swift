/// What a page says about itself: its title, the places that name its week, and whether it is
/// a week's page at all.
enum PageIdentity {
  /// The front matter `title`; without one, the page's H1 when no other heading comes before it.
  static func title(_ frontMatter: FrontMatter, _ file: SourceFile, _ lines: [MarkdownLine]) -> Located<String>? {
    if let e = frontMatter["title"], let text = e.value.value.text { return Located(text, e.value.range) }
    for line in lines {
      guard case .heading(let level) = line.kind else { continue }
      guard level == 1 else { return nil }
      let text = InlineTextReader.heading(file.text(bytes: line.content))
      return text.isEmpty ? nil : Located(text, file.range(line.content))
    }
    return nil
  }

  /// Every place that names the page's week, each weighted; `names` are `pagePath`'s.
  static func weekEvidence(
    _ pagePath: PagePath, names: PathNames, title: Located<String>?, sections: [Section], frontMatter: FrontMatter
  ) -> [WeekEvidence] {
    var evidence: [WeekEvidence] = []
    if let w = pagePath.week {
      let named = WorklogParser.weekIn(names.own) != nil
      evidence.append(
        WeekEvidence(
          source: .path, value: w, range: nil, weight: named ? nil : 3,
          note: named ? names.own : "\(names.own), by its number"))
    }
    if let t = title, let w = WorklogParser.weekIn(t.value) {
      evidence.append(WeekEvidence(source: .title, value: w, range: t.range))
    }
    // The first heading naming a week, unless it is the title itself.
    for s in sections {
      if let w = s.weekInHeading, let h = s.heading, s.kind != .nextWeek, h.range != title?.range {
        evidence.append(WeekEvidence(source: .heading, value: w, range: h.range))
        break
      }
    }
    if let pre = frontMatter["pre"], let text = pre.value.value.text, let w = WorklogParser.weekInPre(text) {
      // `1.4-Week5` with `pre: 1.4.`: the menu numbers the folders from 1.0, so `pre` gives the
      // folder's place, not the week.
      let isFolderNumber = names.sectionNumber == w && pagePath.week != nil && pagePath.week != w
      if !isFolderNumber { evidence.append(WeekEvidence(source: .pre, value: w, range: pre.value.range)) }
    }
    if let weight = frontMatter["weight"], let w = weight.value.value.integerValue {
      let weak = w <= 1
      evidence.append(
        WeekEvidence(
          source: .weight, value: w, range: weight.value.range, weight: weak ? 0.5 : nil,
          note: weak ? "the template's weight: \(w)" : nil))
    }
    return evidence
  }

  /// Why a page under the worklog section is not a week's page.
  enum NotAWeek: Sendable, Equatable {
    /// Its name or title names a day (`1.10.2-Day47-2025-11-11/`, `Day 47 - …`).
    case day
    /// It sits inside a week's folder without being that folder's page.
    case insideWeek
    /// Its name or title says it sums up the term (`08-summary.md`, `Overall Worklog Summary`).
    case summary
  }

  /// Whether the page is a day, a page inside a week's folder or a summary, rather than a week;
  /// nil when nothing says so. A page whose own name or title names a week is a week. `names`
  /// are `pagePath`'s.
  static func notAWeek(_ pagePath: PagePath, names: PathNames, title: String?) -> NotAWeek? {
    let ownNamesWeek = WorklogParser.weekIn(names.own) != nil
    let titleNamesWeek = title.map { WorklogParser.weekIn($0) != nil } ?? false
    guard !ownNamesWeek, !titleNamesWeek else { return nil }
    if namesDay(names.own) || title.map({ startsWithDay($0) }) == true { return .day }
    if !pagePath.isSectionIndex, names.ancestors.contains(where: { WorklogParser.weekIn($0) != nil }) {
      return .insideWeek
    }
    if pagePath.week == nil, [names.own, title ?? ""].contains(where: namesSummary) { return .summary }
    return nil
  }

  /// `Day47`, `day-3`, `ngay_2`: a day word, not inside another word, then a number.
  static func namesDay(_ name: String) -> Bool {
    let t = Array(name.foldedForMatching)
    for word in ["day", "ngày", "ngay"] {
      let w = Array(word)
      var i = 0
      while i + w.count <= t.count {
        if Array(t[i..<(i + w.count)]) == w, i == 0 || !t[i - 1].isLetter {
          var j = i + w.count
          while j < t.count, "-_ ".contains(t[j]) { j += 1 }
          if j < t.count, t[j].isNumber { return true }
        }
        i += 1
      }
    }
    return false
  }

  /// `Day 47 - …`, `1.10.2. Ngày 47`: the title opens with a day and its number (not a date such
  /// as `Ngày 08/09`).
  static func startsWithDay(_ title: String) -> Bool {
    var t = Substring(title.foldedForMatching)
    t = t.drop { $0.isNumber || $0 == "." || $0 == " " }
    for word in ["day", "ngày", "ngay"] where t.hasPrefix(word) {
      let rest = t.dropFirst(word.count).drop { $0 == " " }
      let digits = rest.prefix { $0.isNumber }
      guard !digits.isEmpty else { return false }
      let after = rest.dropFirst(digits.count).first
      return after != "/" && after != "-" || rest.dropFirst(digits.count).hasPrefix(" -")
    }
    return false
  }

  /// Words naming a page that sums up the term.
  static func namesSummary(_ text: String) -> Bool {
    let t = text.foldedForMatching
    return ["summary", "recap", "overview", "tổng kết", "tong-ket", "tong ket", "tổng hợp", "tổng quan"].contains {
      t.contains($0)
    }
  }
}
