/// A site's weeks that need a look, grouped by state for the "Needs a look" lists: `template in
/// weeks 9-12 (no task written in its 5 rows)`, `copied in week 4 (4 of 5 task rows the same as
/// in week 3)`.
enum StateGroups {
  /// `week 4`, `weeks 9-12`.
  static func weeks(_ weeks: [Int]) -> String {
    (weeks.count == 1 ? "week " : "weeks ") + SummaryWording.weekList(weeks)
  }

  /// The weeks of `term` in each state but `ok`, the most serious state first.
  static func byState(_ term: TermSummary) -> [(WeekState, [WeekSummary])] {
    WeekState.allCases.filter(\.needsALook).compactMap { state in
      let weeks = term.weeks.filter { $0.state == state }
      return weeks.isEmpty ? nil : (state, weeks)
    }
  }

  /// Weeks with the same text, in the order the texts first occur.
  static func alike(_ weeks: [WeekSummary], _ text: (WeekSummary) -> String) -> [(String, [Int])] {
    var order: [String] = []
    var groups: [String: [Int]] = [:]
    for w in weeks {
      let t = text(w)
      if groups[t] == nil { order.append(t) }
      groups[t, default: []].append(w.week)
    }
    return order.map { ($0, groups[$0] ?? []) }
  }

  /// The most reasons told in a brief item; the rest are left to the site's own summary.
  static let briefReasons = 2

  /// One item per state, each week's first reason (weeks with the same reason together): for
  /// a cohort, where a site gets one line.
  static func brief(_ term: TermSummary) -> [String] {
    byState(term).map { state, weeks in
      let groups = alike(weeks) { $0.reasons.first?.text ?? "" }
      let label = WeekStateLook.of(state).label
      if groups.count == 1, let (reason, list) = groups.first {
        return "\(label) in \(StateGroups.weeks(list))" + (reason.isEmpty ? "" : " (\(reason))")
      }
      let told = groups.prefix(briefReasons).map { reason, list in
        "\(StateGroups.weeks(list)): \(reason.isEmpty ? "no reason given" : reason)"
      }
      let more = groups.count > briefReasons ? "; …" : ""
      return "\(label) in \(StateGroups.weeks(weeks.map(\.week))) (\(told.joined(separator: "; "))\(more))"
    }
  }

  /// One item per state and set of reasons, every reason told (those of another state after
  /// its label): for one site's term.
  static func full(_ term: TermSummary) -> [String] {
    byState(term).flatMap { state, weeks in
      alike(weeks) { w in
        w.reasons.map { $0.state == state ? $0.text : "\(WeekStateLook.of($0.state).label): \($0.text)" }.joined(
          separator: "; ")
      }.map { reasons, list in
        "\(WeekStateLook.of(state).label) in \(StateGroups.weeks(list))" + (reasons.isEmpty ? "" : ": \(reasons)")
      }
    }
  }

  /// A week's state with every reason: `template: no task written in its 5 rows; partial: …`.
  static func week(_ w: WeekSummary) -> String {
    let label = WeekStateLook.of(w.state).label
    let reasons = w.reasons.map { $0.state == w.state ? $0.text : "\(WeekStateLook.of($0.state).label): \($0.text)" }
    return reasons.isEmpty ? label : "\(label): " + reasons.joined(separator: "; ")
  }

  /// The expected weeks of `sites`: `common`, the sentence of the weeks most sites are
  /// expected to have (from the reason most of those sites have), said once; `others`, a line
  /// per other sentence with the sites it applies to: `weeks 1-19 expected (from …): minh`.
  /// No common sentence when no range covers more than half the sites.
  static func expected(_ sites: [TermSummary]) -> (common: String?, others: [String]) {
    func count<K: Hashable>(_ keys: [K]) -> [K: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
    let ranges = count(sites.map { $0.expected.range.map { [$0.lowerBound, $0.upperBound] } ?? [] })
    guard
      let top = ranges.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key.lexicographicallyPrecedes(b.key)
      })
    else { return (nil, []) }
    func key(_ t: TermSummary) -> [Int] { t.expected.range.map { [$0.lowerBound, $0.upperBound] } ?? [] }
    let inTop = sites.filter { key($0) == top.key }
    let commonSentence: String? =
      top.value * 2 > sites.count
      ? count(inTop.map(\.expected.sentence)).max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?
        .key
      : nil
    var order: [String] = []
    var names: [String: [String]] = [:]
    for term in sites where commonSentence == nil || key(term) != top.key {
      let s = term.expected.sentence
      if names[s] == nil { order.append(s) }
      if !(names[s] ?? []).contains(term.displayName) { names[s, default: []].append(term.displayName) }
    }
    return (commonSentence, order.map { "\($0): \((names[$0] ?? []).joined(separator: ", "))" })
  }

  /// `Weeks 1-12 expected (from …).`: a sentence with its first letter capitalised.
  static func sentence(_ s: String) -> String {
    guard let first = s.first else { return s }
    return first.uppercased() + s.dropFirst() + "."
  }
}
