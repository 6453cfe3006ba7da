/// What a page's path says: its site, language suffix or folder, week number and role.
public struct PagePath: Sendable, Hashable {
  public var path: String
  public var site: SiteIdentity
  /// `vi` from `_index.vi.md`, or nil for an unsuffixed file.
  public var languageSuffix: String?
  /// `vi` from `content/vi/…`.
  public var languageFolder: String?
  /// The week number in the file or folder name.
  public var week: Int?
  /// Whether the file is a section page (`_index.md`, `index.md`) of a worklog folder itself.
  public var isSectionIndex: Bool
  /// Whether some folder on the path names a worklog section.
  public var inWorklogSection: Bool

  public init(_ path: String) {
    self.path = path
    var components = path.pathComponents().map(String.init)
    let fileName = components.popLast() ?? path
    // Language suffix: the last dotted part before `.md` when it is a language code.
    var base = fileName
    if base.lowercased().hasSuffix(".md") {
      base = String(base.dropLast(3))
    } else if base.lowercased().hasSuffix(".markdown") {
      base = String(base.dropLast(9))
    }
    var suffix: String?
    if let dot = base.lastIndex(of: "."), base.distance(from: dot, to: base.endIndex) == 3 {
      let code = base[base.index(after: dot)...].lowercased()
      if code.allSatisfy({ $0.isLetter }) {
        suffix = code
        base = String(base[..<dot])
      }
    }
    languageSuffix = suffix
    let contentIndex = components.lastIndex { $0.lowercased() == "content" }
    var siteParts: [String]
    if let ci = contentIndex {
      siteParts = Array(components[..<ci])
      let below = components[(ci + 1)...]
      if let first = below.first, [2, 3].contains(first.count), ["vi", "en", "vn"].contains(first.lowercased()) {
        languageFolder = first.lowercased() == "vn" ? "vi" : first.lowercased()
      } else {
        languageFolder = nil
      }
    } else {
      languageFolder = nil
      let worklogIndex = components.lastIndex { PagePath.namesWorklog($0) }
      siteParts = worklogIndex.map { Array(components[..<$0]) } ?? components
    }
    if path.hasPrefix("/") && !siteParts.isEmpty { siteParts[0] = "/" + siteParts[0] }
    let root = siteParts.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : siteParts.joined(separator: "/")
    site = SiteIdentity(
      root: root, name: siteParts.last.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "(current folder)")
    let lowerBase = base.lowercased()
    let isIndex = lowerBase.hasPrefix("_index") || lowerBase == "index" || lowerBase == "readme"
    let weekName = isIndex ? (components.last ?? "") : base
    let parentIsWorklog = components.last.map(PagePath.namesWorklog) ?? false
    week = PagePath.weekNumber(inName: weekName, allowBareNumber: !isIndex || !parentIsWorklog)
    isSectionIndex = isIndex && parentIsWorklog
    inWorklogSection = components.contains(where: PagePath.namesWorklog)
  }

  /// Whether a folder name names a worklog section (`1-Worklog`, `worklog`, `nhat-ky`).
  static func namesWorklog(_ name: String) -> Bool {
    // ASCII names (nearly all) by bytes: lower-casing ASCII is byte for byte, and none of the
    // words can match across a CR LF pair, the one ASCII character of two scalars.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = name.utf8.map(ByteText.lowerASCII)
      return contains(bytes, "worklog") || contains(bytes, "work-log") || contains(bytes, "work_log")
        || contains(bytes, "nhat-ky")
    }
    let n = name.lowercased()
    return n.contains("worklog") || n.contains("work-log") || n.contains("work_log") || n.contains("nhat-ky")
      || n.contains("nhật-ký")
  }

  /// Whether `word` occurs in `bytes`.
  private static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
    word.withUTF8Buffer { w in bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: w, in: $0) != nil } }
  }

  /// `1.8-Week8`, `1.08-week8`, `Week8`, `week-08`, `week_8`, `tuan-8`, `8` → 8.
  static func weekNumber(inName name: String, allowBareNumber: Bool) -> Int? {
    let n = name.lowercased()
    for keyword in ["week", "tuan", "tuần"] {
      if let w = n.number(after: keyword) { return w }
    }
    // `1.8-anything`: the number after the section's.
    let parts = n.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
    if let first = parts.first {
      let numbers = first.split(separator: ".")
      if numbers.count == 2, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return Int(numbers[1]) }
      if allowBareNumber, parts.count == 1, first.allSatisfy(\.isNumber), let v = Int(first), v <= 60 { return v }
    }
    return nil
  }
}
