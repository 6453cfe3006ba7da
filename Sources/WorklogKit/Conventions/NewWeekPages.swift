/// The pages of a new week: one call that says which files to write and what to write in them,
/// for `worklog new` and for `worklog add` when a date's week has no page yet.
package enum NewWeekPages {
  /// The week after the site's highest (1 for a site without weeks).
  package static func nextWeek(_ site: Site?) -> Int { (site?.weekNumbers.last ?? 0) + 1 }

  /// Week `week`'s pages in `languages` (nil: every language of the conventions), at the
  /// paths the conventions give below `siteRoot`. `template` is a page of the user's to use as
  /// the body instead of the standard one (see `PageTemplate.page(fromTemplate:week:language:)`).
  package static func plan(
    site: Site?, siteRoot: String, week: Int, languages: [String]?, conventions: SiteConventions,
    template: String? = nil
  ) -> [PlannedPage] {
    let writer = PageTemplate(conventions: conventions)
    let codes = languages ?? conventions.codes
    return codes.map { code in
      let language = conventions.language(code)
      let relative = language.path.value.path(week: week)
      let root = siteRoot.hasSuffix("/") ? String(siteRoot.dropLast()) : siteRoot
      // Joined as the loader joins the site's pages ("./content/…" for the site "."), so the
      // page read back is found at the path planned.
      let path = root.isEmpty ? relative : root + "/" + relative
      let text =
        template.map { writer.page(fromTemplate: $0, week: week, language: code) }
        ?? writer.page(week: week, language: code)
      let dated = template == nil && language.table.value.columns.start != nil
      let dates = dated ? writer.days(week: week).map(\.date) : []
      return PlannedPage(path: path, bytes: Array(text.utf8), language: code, week: week, dates: dates)
    }
  }

  /// What is wrong with `page` as the pages of its site read it (`site`, read again after the
  /// write): a message per difference from the plan, none when it reads with its week, its
  /// language and its dates.
  package static func problems(_ planned: PlannedPage, in site: Site) -> [String] {
    guard let page = site.page(at: planned.path) else { return ["not read back as a week page"] }
    var out: [String] = []
    if page.trustedWeek != planned.week {
      out.append("reads as week \(page.trustedWeek.map(String.init) ?? "none"), not \(planned.week)")
    }
    let code = site.languageCode(of: page)
    if code != planned.language { out.append("reads as language '\(code)', not '\(planned.language)'") }
    if !planned.dates.isEmpty {
      let read = page.tasks?.rows.compactMap(\.startDate) ?? []
      if read != planned.dates {
        out.append(
          "its dates read as \(read.map(\.description).joined(separator: ", ")), not \(planned.dates.map(\.description).joined(separator: ", "))"
        )
      }
    }
    return out
  }
}
