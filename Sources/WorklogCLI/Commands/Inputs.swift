import WorklogKit

/// The pages a command's PATH arguments name, after discovery, with input errors reported.
struct Inputs {
  /// The pages to read (each partly named site whole, for context) and the ones to report on.
  var workspace: Workspace
  /// Files the user named themselves (shown whatever kind of page they are).
  var named: Set<String>
  /// Whether any path could not be read, or nothing was found: the run must exit 2.
  var failed: Bool
  /// The folders the run may quote from, resolved: the folders named, and the site of each page
  /// named. A file elsewhere (a `.worklog.json` above them) is named in findings, never quoted.
  var trees: [String] = []

  /// Resolves `paths` (the current folder when empty), writing each problem to stderr.
  static func resolve(_ paths: [String], _ env: Environment, command: String) -> Inputs {
    let given = paths.isEmpty ? ["."] : paths
    let files = given.filter { $0 != "-" }
    var workspace = Workspace.resolve(files, fileSystem: env.fileSystem, parallelism: env.parallelism)
    var named = Set(files.filter { env.fileSystem.kind(of: $0) == .file })
    if given.contains("-") {
      let stdin = PagePath("<stdin>")
      workspace.pages.append(stdin)
      workspace.shown[stdin.site.root]?.insert(stdin.path)
      named.insert("<stdin>")
    }
    let result = workspace.discovery
    for error in result.errors { env.complain("worklog \(command): \(error.path): \(error.reason)") }
    for note in result.skipped { env.complain("worklog \(command): \(note.path): \(note.reason)") }
    for folder in result.emptyFolders {
      env.complain(
        "worklog \(command): \(folder): no worklog pages found (looked for Markdown files under a worklog folder)")
    }
    let nothing = workspace.pages.isEmpty && !result.emptyFolders.isEmpty
    let folders =
      files.filter { env.fileSystem.kind(of: $0) == .directory } + Set(workspace.pages.map(\.site.root)).sorted()
    let trees = folders.map { env.fileSystem.canonicalPath($0) ?? $0 }
    return Inputs(workspace: workspace, named: named, failed: !result.errors.isEmpty || nothing, trees: trees)
  }

  /// Whether `path` lies inside one of the folders the run may quote from.
  func mayQuote(_ path: String, _ fileSystem: any FileSystem) -> Bool {
    let real = fileSystem.canonicalPath(path) ?? path
    return trees.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
  }

  /// Whether a parsed page is shown by `parse`: a week, or any page the user named, in the part
  /// of its site the user named.
  func shows(_ page: Worklog) -> Bool {
    guard workspace.shows(page.path, inSite: page.site.root) else { return false }
    return page.kind == .week || page.kind == .termWeek || named.contains(page.path)
  }
}
