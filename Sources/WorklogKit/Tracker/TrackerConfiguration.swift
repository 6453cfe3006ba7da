/// The configuration `worklog add` places weeks with: `--config`, else the nearest
/// `.worklog.json` above the site's first page, else none.
package enum TrackerConfiguration {
  /// The configuration for `site`: the file at `path` when given, else the one found above the
  /// site's first page. Throws for a file that cannot be used.
  package static func load(_ path: String?, for site: Site, fileSystem: any FileSystem) throws(ConfigurationError)
    -> Configuration
  {
    if let path { return try Configuration.load(path, fileSystem: fileSystem) }
    guard let first = site.pages.first else { return Configuration() }
    return try ConfigurationResolver(fileSystem: fileSystem).configuration(for: first.path)?.configuration
      ?? Configuration()
  }
}
