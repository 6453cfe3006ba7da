/// The names along a page's path that say what it is.
struct PathNames {
  /// The page's own name: the file's base name, or its folder's for an index page.
  var own: String
  /// The folders between the worklog section and `own`.
  var ancestors: [String]
  /// `4` in `1.4-Week5`: the number after the section's in `own`.
  var sectionNumber: Int?

  init(_ pagePath: PagePath) {
    var components = pagePath.path.pathComponents().map(String.init)
    var base = components.popLast() ?? ""
    for ext in [".md", ".markdown"] where base.lowercased().hasSuffix(ext) { base = String(base.dropLast(ext.count)) }
    if let suffix = pagePath.languageSuffix, base.lowercased().hasSuffix("." + suffix) {
      base = String(base.dropLast(suffix.count + 1))
    }
    let lower = base.lowercased()
    let isIndex = lower.hasPrefix("_index") || lower == "index" || lower == "readme"
    if isIndex, let folder = components.popLast() { own = folder } else { own = base }
    let section = components.lastIndex(where: PagePath.namesWorklog).map { $0 + 1 } ?? components.count
    ancestors = Array(components[min(section, components.count)...])
    let first = own.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).first ?? ""
    let numbers = first.split(separator: ".")
    sectionNumber = numbers.count == 2 ? Int(numbers[1]) : nil
  }
}
