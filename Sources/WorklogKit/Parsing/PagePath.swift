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
    // The names as substrings of the path, lower-case tests by bytes (`NameCase`).
    var components = path.pathComponents()
    let fileName = components.popLast().map(String.init) ?? path
    self.init(path, fileName: fileName, in: Folder(components, absolute: path.hasPrefix("/")))
  }

  /// What a page's folder says, the same for every page in it: a run that locates a folder's
  /// pages one by one cuts and reads the folder's names once (`SiteLocator`).
  struct Folder: Sendable {
    var site: SiteIdentity
    var languageFolder: String?
    var inWorklogSection: Bool
    /// The folder's own name (an index page's week is in it), and whether it names a worklog
    /// section (then its index page is the section's).
    var name: String?
    var namesWorklog: Bool

    /// The facts of the folder whose names are `components` (absolute when the path starts
    /// with `/`).
    init(_ components: [Substring], absolute: Bool) {
      let contentIndex = components.lastIndex(where: PagePath.namesContent)
      let siteParts: [Substring]
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
      let root = siteParts.isEmpty ? (absolute ? "/" : ".") : (absolute ? "/" : "") + siteParts.joinedPath()
      site = SiteIdentity(root: root, name: siteParts.last.map(String.init) ?? "(current folder)")
      name = components.last.map(String.init)
      namesWorklog = components.last.map { PagePath.namesWorklog($0) } ?? false
      inWorklogSection = components.contains(where: PagePath.namesWorklog)
    }
  }

  /// The page `fileName` at `path`, in a folder that says `folder`.
  init(_ path: String, fileName: String, in folder: Folder) {
    self.path = path
    // Language suffix: the last dotted part before `.md` when it is a language code.
    var base = fileName
    if NameCase.hasSuffix(base, ".md") {
      base = String(base.dropLast(3))
    } else if NameCase.hasSuffix(base, ".markdown") {
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
    languageFolder = folder.languageFolder
    site = folder.site
    let isIndex =
      NameCase.hasPrefix(base, "_index") || NameCase.equals(base, "index") || NameCase.equals(base, "readme")
    let weekName = isIndex ? (folder.name ?? "") : base
    week = PagePath.weekNumber(inName: weekName, allowBareNumber: !isIndex || !folder.namesWorklog)
    isSectionIndex = isIndex && folder.namesWorklog
    inWorklogSection = folder.inWorklogSection
  }

  /// Whether a folder name names a worklog section (`1-Worklog`, `worklog`, `nhat-ky`).
  static func namesWorklog<S: StringProtocol>(_ name: S) -> Bool {
    // ASCII names (nearly all) by bytes, in place: lower-casing ASCII is byte for byte, and none
    // of the words can match across a CR LF pair, the one ASCII character of two scalars.
    let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return containsFolded(bytes, "worklog") || containsFolded(bytes, "work-log")
        || containsFolded(bytes, "work_log") || containsFolded(bytes, "nhat-ky")
    }
    if case .some(.some(let ascii)) = ascii { return ascii }
    let n = name.lowercased()
    return n.contains("worklog") || n.contains("work-log") || n.contains("work_log") || n.contains("nhat-ky")
      || n.contains("nhật-ký")
  }

  /// Whether a name is `content` in any case: `lowercased() == "content"`, by bytes for ASCII.
  static func namesContent<S: StringProtocol>(_ name: S) -> Bool {
    let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return bytes.count == 7 && containsFolded(bytes, "content")
    }
    if case .some(.some(let ascii)) = ascii { return ascii }
    return name.lowercased() == "content"
  }

  /// Whether the lower-case ASCII `word` occurs in ASCII `bytes` with their letters lower-cased.
  private static func containsFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    word.withUTF8Buffer { w in
      guard w.count <= bytes.count else { return false }
      for start in 0...(bytes.count - w.count) {
        var k = 0
        while k < w.count, ByteText.lowerASCII(bytes[start + k]) == w[k] { k += 1 }
        if k == w.count { return true }
      }
      return false
    }
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
