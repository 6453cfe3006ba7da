/// Which rules a run uses: `--select` and `--ignore`, by code, name or code prefix (`WL3`).
public struct RuleSelection: Sendable {
  public var select: [String]
  public var ignore: [String]

  public init(select: [String] = [], ignore: [String] = []) {
    self.select = select
    self.ignore = ignore
  }

  /// Whether `s`, as given to `--select` or `--ignore`, names rule `d`: its name, or its code or
  /// a prefix of it of three characters or more, in any case.
  static func matches(_ s: String, _ d: RuleDescription) -> Bool {
    s == d.name || d.code.hasPrefix(s.uppercased()) && s.count >= 3
  }

  func includes(_ d: RuleDescription) -> Bool {
    if !select.isEmpty && !select.contains(where: { Self.matches($0, d) }) { return false }
    return !ignore.contains { Self.matches($0, d) }
  }

  /// The codes selected or ignored that name none of `rules`, in the order given.
  package func unmatched(_ rules: [RuleDescription] = RuleRegistry.all.map(\.description)) -> [String] {
    (select + ignore).filter { s in !rules.contains { Self.matches(s, $0) } }
  }
}

/// Runs the rules over sites and pages, applying configuration levels and suppressions.
public struct Linter: Sendable {
  public var rules: [any LintRule]
  public var selection: RuleSelection

  public init(rules: [any LintRule] = RuleRegistry.all, selection: RuleSelection = RuleSelection()) {
    self.rules = rules.filter { selection.includes($0.description) }
    self.selection = selection
  }

  /// Every finding in `site`, sorted; `configuration` gives the settings for each page. With
  /// `shown`, only the findings on those paths: the page rules run on those pages alone (a page
  /// rule finds only in the page it reads), the site rules on the whole site, which they compare.
  public func lint(
    site: Site, shown: Set<String>? = nil, configuration: (Worklog) -> Configuration
  ) -> [Diagnostic] {
    lint(site: site, shown: shown, comparisons: SiteComparisons(site: site), configuration: configuration)
  }

  /// `lint(site:shown:configuration:)` with the site rules sharing `comparisons` (of `site`),
  /// which the caller keeps for what it does with the site next (`summary`).
  package func lint(
    site: Site, shown: Set<String>? = nil, comparisons: SiteComparisons, configuration: (Worklog) -> Configuration
  ) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var suppressions: [String: Suppressions] = [:]
    var configs: [String: Configuration] = [:]
    // One entry a page: sized once, not grown page by page.
    suppressions.reserveCapacity(site.pages.count)
    configs.reserveCapacity(site.pages.count)
    // What the fixes learn from the other pages is counted once for the whole site.
    let tallies = SiteTallies(site: site)
    for page in site.pages where shown?.contains(page.path) ?? true {
      let config = configuration(page)
      configs[page.path] = config
      if suppressions[page.path] == nil { suppressions[page.path] = Suppressions.read(page.source) }
      let context = LintContext(configuration: config, tallies: tallies)
      for rule in rules { findings += rule.check(page: page, context: context) }
    }
    let siteConfig = site.pages.first.map(configuration) ?? Configuration()
    // The site rules share the site's twin pairs and copies, each worked out once.
    let siteContext = LintContext(configuration: siteConfig, comparisons: comparisons)
    for rule in rules { findings += rule.check(site: site, context: siteContext) }
    // Unknown codes in suppression comments are findings themselves.
    for (path, s) in suppressions {
      guard let page = site.page(at: path) else { continue }
      for named in s.named where RuleRegistry.rule(named: named.value) == nil {
        findings.append(UnknownRuleCodeRule.finding(code: named.value, in: page.source.path, at: named.range))
      }
    }
    var out: [Diagnostic] = []
    for var d in findings where shown?.contains(d.path) ?? true {
      if let s = suppressions[d.path], s.suppresses(d), d.code != UnknownRuleCodeRule.code { continue }
      let config = configs[d.path] ?? siteConfig
      if let level = config.rules?[d.code] ?? config.rules?[d.name] {
        guard let severity = level.severity else { continue }
        d.severity = severity
      }
      guard
        selection.select.isEmpty && selection.ignore.isEmpty || rules.contains(where: { $0.description.code == d.code })
          || d.code == UnknownRuleCodeRule.code
      else { continue }
      out.append(d)
    }
    // One finding per rule and place: two pages of a whole-term file must not repeat file findings.
    return Self.distinct(out.sorted(by: Diagnostic.ordered))
  }

  /// `sorted` without repeats. Equal findings tie in `Diagnostic.ordered`, so each has its twins
  /// among its neighbours that tie with it: comparing within those runs finds every repeat
  /// without hashing a finding's strings. The first of equals stays; the sort is stable, so the
  /// order is what dropping repeats before sorting gave.
  static func distinct(_ sorted: [Diagnostic]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    out.reserveCapacity(sorted.count)
    var runStart = 0  // where the run of findings tying with the last one kept starts, in `out`
    for d in sorted {
      if let last = out.last, Diagnostic.ordered(last, d) { runStart = out.count }
      if out[runStart...].contains(d) { continue }
      out.append(d)
    }
    return out
  }
}
