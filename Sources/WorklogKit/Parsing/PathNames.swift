/// The names along a page's path that say what it is.
struct PathNames {
  /// The page's own name: the file's base name, or its folder's for an index page.
  var own: String
  /// The folders between the worklog section and `own`.
  var ancestors: [String]
  /// `4` in `1.4-Week5`: the number after the section's in `own`.
  var sectionNumber: Int?

  init(_ pagePath: PagePath) {
    // The names as substrings of the path, lower-case tests by bytes (`NameCase`): no string is
    // made but the two kept.
    var components = pagePath.path.pathComponents()
    var base = components.popLast() ?? ""
    for ext in [".md", ".markdown"] where NameCase.hasSuffix(base, ext) { base = base.dropLast(ext.count) }
    if let suffix = pagePath.languageSuffix, NameCase.hasSuffix(base, "." + suffix) {
      base = base.dropLast(suffix.count + 1)
    }
    let isIndex =
      NameCase.hasPrefix(base, "_index") || NameCase.equals(base, "index") || NameCase.equals(base, "readme")
    if isIndex, let folder = components.popLast() { own = String(folder) } else { own = String(base) }
    let section = components.lastIndex(where: PagePath.namesWorklog).map { $0 + 1 } ?? components.count
    ancestors = components[min(section, components.count)...].map(String.init)
    // The first non-empty part between `-`, `_` and spaces, as `split(whereSeparator:).first`.
    let isSeparator: (Character) -> Bool = { $0 == "-" || $0 == "_" || $0 == " " }
    let first = own.drop(while: isSeparator).prefix { !isSeparator($0) }
    let numbers = first.split(separator: ".")
    sectionNumber = numbers.count == 2 ? Int(numbers[1]) : nil
  }
}
