import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// The `--format` choices and help of each command come from its format enum.
@Suite struct FormatOptionTests {
  /// The help line of each format: `--format NAME`, then its help.
  func listed<F: OutputFormat>(_ format: F.Type, in help: String) -> [String] {
    F.allCases.filter { f in
      help.split(separator: "\n").contains { $0.contains("--format \(f.rawValue) ") && $0.contains(f.help) }
    }.map(\.rawValue)
  }

  @Test func everyFormatIsInItsCommandsHelp() {
    #expect(listed(LintFormat.self, in: LintCommand.help) == LintFormat.allCases.map(\.rawValue))
    #expect(listed(SummaryFormat.self, in: SummaryCommand.help) == SummaryFormat.allCases.map(\.rawValue))
    #expect(listed(ParseFormat.self, in: ParseCommand.help) == ParseFormat.allCases.map(\.rawValue))
    #expect(SummaryCommand.help.contains("[--format text|markdown|json|csv]"))
    #expect(ParseCommand.help.contains("[--format json|jsonl]"))
  }

  @Test func onlyTheStandardFormatIsMarkedDefault() {
    let lines = FormatOption.help(LintFormat.self, column: 24).split(separator: "\n")
    #expect(lines.count == LintFormat.allCases.count)
    #expect(
      lines.filter { $0.hasSuffix("(default).") } == ["  --format text         \(LintFormat.text.help) (default)."])
  }

  @Test func everyFormatIsAccepted() throws {
    for format in LintFormat.allCases {
      let scanned = try ArgumentScanner.scan(["--format", format.rawValue], LintCommand.spec)
      #expect(try FormatOption.value(scanned, LintFormat.self) == format)
    }
    let none = try ArgumentScanner.scan([], SummaryCommand.spec)
    #expect(try FormatOption.value(none, SummaryFormat.self) == .text)
  }

  @Test func anUnknownFormatListsTheChoicesInOrder() throws {
    let scanned = try ArgumentScanner.scan(["--format", "csv"], LintCommand.spec)
    #expect(throws: UsageError("option '--format' must be one of text, json, sarif, github, not 'csv'")) {
      try FormatOption.value(scanned, LintFormat.self)
    }
  }
}
