import WorklogKit

/// The pages a command's PATH arguments name, after discovery, with input errors reported.
struct Inputs {
  var pages: [String]
  /// Files the user named themselves (shown whatever kind of page they are).
  var named: Set<String>
  /// Whether any path could not be read, or nothing was found: the run must exit 2.
  var failed: Bool

  /// Resolves `paths` (the current folder when empty), writing each problem to stderr.
  static func resolve(_ paths: [String], _ env: Environment, command: String) -> Inputs {
    let given = paths.isEmpty ? ["."] : paths
    let files = given.filter { $0 != "-" }
    let result = Discovery(fileSystem: env.fileSystem).find(files)
    var pages = result.pages
    var named = Set(files.filter { env.fileSystem.kind(of: $0) == .file })
    if given.contains("-") {
      pages.append("-")
      named.insert("<stdin>")
    }
    for error in result.errors { env.complain("worklog \(command): \(error.path): \(error.reason)") }
    for note in result.skipped { env.complain("worklog \(command): \(note.path): \(note.reason)") }
    for folder in result.emptyFolders {
      env.complain("worklog \(command): \(folder): no worklog pages found (looked for Markdown files under a worklog folder)")
    }
    let nothing = pages.isEmpty && !result.emptyFolders.isEmpty
    return Inputs(pages: pages, named: named, failed: !result.errors.isEmpty || nothing)
  }

  /// Whether a parsed page is shown: a week, or any page the user named.
  func shows(_ page: Worklog) -> Bool {
    page.kind == .week || page.kind == .termWeek || named.contains(page.path)
  }
}
