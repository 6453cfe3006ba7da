/// Gives the unsuffixed pages of a multilingual site the site's default language, as Hugo does,
/// instead of a guess from their text.
///
/// Hugo reads `_index.md` beside `_index.vi.md` as the default language's page: the site
/// configuration's `defaultContentLanguage` when it is read, else `en`. A site whose suffixed
/// pages are `.en.md` cannot default to English (the two pages would collide), so there the
/// default is Vietnamese.
enum SiteLanguage {
  /// The configuration files read for `defaultContentLanguage`, in Hugo's order.
  static let configFiles = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"]

  /// Adds the site's evidence to the language decision of each page whose language was
  /// guessed from its text.
  static func apply(to pages: inout [Worklog], root: String, fileSystem: any FileSystem) {
    guard pages.contains(where: { $0.language.source == .text }) else { return }
    let suffixed = pages.filter { $0.language.source == .suffix }
    let configured = configuredDefault(root, fileSystem)
    guard !suffixed.isEmpty || configured != nil else { return }
    let codes = Set(suffixed.map(\.language.code))
    let code: String
    let why: String
    if let configured {
      (code, why) = (configured.code, "defaultContentLanguage in \(configured.file)")
    } else if codes.contains("en") && !codes.contains("vi") {
      (code, why) = ("vi", "the site's other pages are .en.md")
    } else {
      (code, why) = ("en", "Hugo's default language")
    }
    let twins = Set(suffixed.map { twinKey($0.path, suffix: $0.language.code) })
    for i in pages.indices where pages[i].language.source == .text {
      let hasTwin = twins.contains(twinKey(pages[i].path, suffix: nil))
      var scorer = Scorer([code] + (["en", "vi"].filter { $0 != code })) { $0 }
      for e in pages[i].language.decision.evidence {
        scorer.add(e.kind, for: e.supports, weight: e.weight, range: e.range, note: e.note)
      }
      scorer.add(
        "siteDefault", for: code, weight: hasTwin ? 10 : 6, note: why + (hasTwin ? "; its twin has a suffix" : ""))
      let decision = scorer.decide()
      pages[i].language = PageLanguage(
        code: decision.value, source: decision.value == code ? .siteDefault : .text, decision: decision)
    }
  }

  /// `dir/_index` for `dir/_index.md` and `dir/_index.vi.md`.
  static func twinKey(_ path: String, suffix: String?) -> String {
    var base = Substring(path)
    for ext in [".md", ".markdown"] where base.lowercased().hasSuffix(ext) { base = base.dropLast(ext.count) }
    if let suffix, base.lowercased().hasSuffix("." + suffix) { base = base.dropLast(suffix.count + 1) }
    return String(base)
  }

  /// `defaultContentLanguage` from the first configuration file at the site's root that sets it.
  static func configuredDefault(_ root: String, _ fileSystem: any FileSystem) -> (code: String, file: String)? {
    for name in configFiles {
      let path = root == "/" ? "/" + name : root + "/" + name
      guard fileSystem.kind(of: path) == .file, let bytes = try? fileSystem.read(path) else { continue }
      if let code = defaultLanguage(SourceFile(path: path, bytes: bytes), toml: name.hasSuffix(".toml")) {
        return (code.lowercased(), name)
      }
    }
    return nil
  }

  /// The top-level `defaultContentLanguage` of a TOML or YAML configuration (Hugo's keys ignore case).
  static func defaultLanguage(_ file: SourceFile, toml: Bool) -> String? {
    let key = "defaultcontentlanguage"
    if toml {
      var reader = TOMLFrontMatterReader(file: file)
      reader.read(lines: 1..<(file.lineCount + 1))
      return reader.entries.first { $0.key.value.lowercased() == key }?.value.value.text?.trimmingSpaces
    }
    for line in 1...max(1, file.lineCount) where line <= file.lineCount {
      let r = file.byteRange(ofLine: line)
      let text = file.text(bytes: r)
      guard let colon = text.firstIndex(of: ":"), text[..<colon].lowercased() == key else { continue }
      let value = ByteText.trimmed(file.bytes, (r.lowerBound + text[..<colon].utf8.count + 1)..<r.upperBound)
      return YAMLScalar.read(file.bytes, value).text?.trimmingSpaces
    }
    return nil
  }
}
