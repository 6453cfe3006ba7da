/// A page's language and how it was decided.
public struct PageLanguage: Sendable, Hashable {
  /// `en` or `vi` (any other suffix is kept as written).
  public var code: String
  /// The heaviest evidence for `code`.
  public var source: LanguageSource
  /// Everything weighed; a suffix or a folder is certain.
  public var decision: Decision<String>

  public init(code: String, source: LanguageSource, decision: Decision<String>? = nil) {
    self.code = code
    self.source = source
    self.decision = decision ?? .certain(code, Evidence(kind: source.rawValue, supports: code, weight: 10))
  }
}
