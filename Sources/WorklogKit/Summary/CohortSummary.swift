/// How much a summary shows: one week in full, a site's term, or one row per site.
public enum SummaryLevel: String, Sendable {
  case week, term, cohort
}

/// The order of sites in a cohort.
public enum SummarySort: String, Sendable, CaseIterable {
  /// By the name shown (case-insensitive), then the folder's name, then path.
  case name
  /// Most missing weeks first.
  case missing
  /// Most errors first, then most warnings, then most notes.
  case findings
  /// Least recent last week first: the lowest last week number (none at all first), then the
  /// earliest last-week end date (none first).
  case last
}

/// Many sites summarised together, in the order asked for. A site shown in two languages
/// (`--lang all`) has one entry per language.
public struct CohortSummary: Sendable {
  /// The sites, in `sort` order.
  public var sites: [TermSummary]
  /// The one week asked for (`--week N`), or nil for every week.
  public var focusWeek: Int?
  /// The order the sites are in.
  public var sort: SummarySort

  /// The cohort of `sites` after the checks only a cohort allows (`CohortChecks`), sorted by
  /// `sort`; `focusWeek` when one week was asked for.
  public init(sites: [TermSummary], sort: SummarySort = .name, focusWeek: Int? = nil) {
    self.sites = CohortSummary.sorted(CohortChecks.apply(sites), by: sort)
    self.sort = sort
    self.focusWeek = focusWeek
  }

  /// `week` when one week was asked for, `term` for a single site, `cohort` for several.
  public var level: SummaryLevel {
    if focusWeek != nil { return .week }
    return Set(sites.map(\.site.root)).count > 1 ? .cohort : .term
  }

  /// `sites` in `order`; ties fall back to name, then path, then language.
  public static func sorted(_ sites: [TermSummary], by order: SummarySort) -> [TermSummary] {
    func byName(_ a: TermSummary, _ b: TermSummary) -> Bool {
      // The name shown first (`ann` before `ann2`, whatever their folders are called).
      for (x, y) in [(a.displayName, b.displayName), (a.site.name, b.site.name)] {
        let (lx, ly) = (x.lowercased(), y.lowercased())
        if lx != ly { return NaturalOrder.precedes(lx, ly) }
      }
      if a.site.root != b.site.root { return NaturalOrder.precedes(a.site.root, b.site.root) }
      return a.languages.lexicographicallyPrecedes(b.languages)
    }
    /// Orders by a key where a smaller key comes first, then by name.
    func by<K: Comparable>(_ key: @escaping (TermSummary) -> K) -> (TermSummary, TermSummary) -> Bool {
      { a, b in
        let (ka, kb) = (key(a), key(b))
        return ka != kb ? ka < kb : byName(a, b)
      }
    }
    switch order {
    case .name:
      return sites.sorted(by: byName)
    case .missing:
      return sites.sorted(by: by { -$0.totals.weeksMissing.count })
    case .findings:
      return sites.sorted(
        by: by { t in
          let f = t.totals.findings
          return [-f.error, -f.warning, -f.note].lexicographicKey
        })
    case .last:
      return sites.sorted(
        by: by { t in
          [t.totals.lastWeek ?? Int.min, t.totals.lastWeekEnd?.dayNumber ?? Int.min].lexicographicKey
        })
    }
  }
}

/// An array of integers compared element by element, as a sort key.
struct LexicographicKey: Comparable {
  var values: [Int]
  static func < (a: LexicographicKey, b: LexicographicKey) -> Bool { a.values.lexicographicallyPrecedes(b.values) }
}

extension Array where Element == Int {
  var lexicographicKey: LexicographicKey { LexicographicKey(values: self) }
}
