/// What fixing one site gave: the files changed (in memory; the command writes them), the fixes
/// refused, and the site's findings as they stand after the fixes.
package struct SiteFix: Sendable {
  /// The lint of the site after the accepted fixes: the findings that remain.
  package var result: LintSession.SiteResult
  /// The files the fixes change, in site order.
  package var files: [FixedFile]
  package var refused: [FixRefusal]
  /// How many remaining findings have a fix of a level the run did not apply (`--unsafe`).
  package var moreWithUnsafe: Int

  /// How many findings the fixes repaired.
  package var fixedCount: Int { files.reduce(0) { $0 + $1.fixes.count } }
}
