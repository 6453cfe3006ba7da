/// What a lint reporter gets of one site: its findings and the files they point into.
public struct FindingsSite: Sendable {
  /// The findings, sorted.
  public var findings: [Diagnostic]
  /// The files the findings point into, by path (read for SARIF fingerprints).
  public var files: [String: SourceFile]
  /// The paths whose lines may be printed, or nil when every file may be.
  public var quotable: Set<String>?
  /// The pages reported on (0 for the configuration files' own findings).
  public var pages: Int

  public init(findings: [Diagnostic], files: [String: SourceFile], quotable: Set<String>? = nil, pages: Int) {
    self.findings = findings
    self.files = files
    self.quotable = quotable
    self.pages = pages
  }

  /// The file at `path` when its lines may be printed.
  public func quote(_ path: String) -> SourceFile? {
    quotable.map { $0.contains(path) } ?? true ? files[path] : nil
  }
}
