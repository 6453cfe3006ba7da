/// The `.worklog.json` that applies to a whole site, for commands that work on a site rather
/// than on pages (`new`).
package enum SiteConfiguration {
  /// The nearest configuration file at or above `siteRoot`, as `lint` finds it for a page at the
  /// site's root; an empty configuration when there is none. A bad one throws.
  package static func find(for siteRoot: String, fileSystem: any FileSystem) throws(ConfigurationError)
    -> Configuration
  {
    let root = siteRoot.hasSuffix("/") ? String(siteRoot.dropLast()) : siteRoot
    let probe = root.isEmpty || root == "." ? "page.md" : root + "/page.md"
    return try ConfigurationResolver(fileSystem: fileSystem).configuration(for: probe)?.configuration ?? Configuration()
  }
}
