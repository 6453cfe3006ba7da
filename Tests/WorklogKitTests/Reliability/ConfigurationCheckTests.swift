import Testing

@testable import WorklogKit

/// Issue 16, defect 5: configuration keys located in one pass, unknown top-level keys refused
/// with where they are and the closest valid key, special files refused, the size error's word.
@Suite struct ConfigurationCheckTests {
  @Test func unknownTopLevelKeyIsAnErrorWithLineAndSuggestion() {
    let text = "{\n  \"languages\": [\"en\"],\n  \"rulez\": { \"WL107\": \"off\" }\n}\n"
    #expect(throws: ConfigurationError.self) { try Configuration.decode(Array(text.utf8), path: "c.json") }
    do {
      _ = try Configuration.decode(Array(text.utf8), path: "c.json")
    } catch {
      #expect(error.place == "c.json:3:3")
      #expect(error.message.hasPrefix("unknown key 'rulez'; did you mean 'rules'?"))
    }
  }

  @Test func nestedKeysAndSchemaAreNotTopLevel() throws {
    let text = #"{ "$schema": "x", "rules": { "week-missing": "off" }, "languages": ["a", "b"] }"#
    let config = try Configuration.decode(Array(text.utf8), path: "c.json")
    #expect(config.rules?["WL501"] == .off)
  }

  @Test func scanFindsEveryStringOnce() {
    let scan = ConfigurationScan(Array(#"{ "rules": { "A": "off", "B\"q": "on", "A": "x" } }"#.utf8))
    #expect(scan.topLevelKeys.map(\.key) == ["rules"])
    #expect(scan.firstString["A"] == 13)
    #expect(scan.firstString[#"B\"q"#] != nil)
  }

  @Test func folderNamedAsTheConfigurationIsRefused() {
    let fs = MemoryFileSystem(["s/.worklog.json/inside": "x", "s/content/1-Worklog/1.3-Week3/_index.md": "x"])
    let resolver = ConfigurationResolver(fileSystem: fs)
    #expect(throws: ConfigurationError.self) {
      try resolver.configuration(for: "s/content/1-Worklog/1.3-Week3/_index.md")
    }
  }

  @Test func tooLargeNamesTheConfiguration() {
    #expect(
      LocalFileSystem.tooLargeReason(for: "configuration") == "too large to be a configuration (more than 256 MiB)")
  }
}
