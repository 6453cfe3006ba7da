/// Where a page's language was read from.
public enum LanguageSource: String, Sendable, Codable, CaseIterable {
  /// A `.vi.md` / `.en.md` suffix.
  case suffix
  /// A `content/vi/` language folder.
  case folder
  /// The share of Vietnamese letters in the text (an unsuffixed page).
  case text
  /// An unsuffixed page of a site whose pages carry language suffixes: Hugo gives it the site's
  /// default language (`defaultContentLanguage`, else `en`).
  case siteDefault
}
