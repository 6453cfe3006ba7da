import Testing

@testable import WorklogKit

/// Issue 12, part 7: the files from the top folder down apply, the nearest winning key by key;
/// `extends` names a shared file; a cycle is refused; `"root": true` ends the walk up.
@Suite struct ConfigurationInheritanceTests {
  static let page = "cohort/team/site/content/1-Worklog/1.3-Week3/_index.md"

  func resolve(_ files: [String: String], _ path: String = page) throws(ConfigurationError)
    -> ConfigurationResolver
    .Resolved
  {
    try ConfigurationResolver(fileSystem: MemoryFileSystem(files)).resolved(for: path)
  }

  @Test func threeLevelsMergeKeyByKey() throws {
    let resolved = try resolve([
      "cohort/.worklog.json":
        #"{ "termWeeks": 12, "languages": ["en", "vi"], "rules": { "WL107": "off", "WL501": "error" } }"#,
      "cohort/team/.worklog.json": "{\n  \"languages\": [\"en\"],\n  \"rules\": { \"week-missing\": \"note\" }\n}",
      "cohort/team/site/.worklog.json": #"{ "rules": { "WL201": "off" }, "dateOrder": "dayFirst" }"#,
    ])
    let config = Configuration(settings: resolved.settings)
    #expect(config.termWeeks == 12)
    #expect(config.languages == ["en"])
    #expect(config.dateOrder == "dayFirst")
    #expect(config.rules == ["WL107": .off, "WL501": .note, "WL201": .off])
    #expect(resolved.settings["rules", "WL501"]?.file == "cohort/team/.worklog.json")
    #expect(resolved.settings["rules", "WL501"]?.line == 3)
    #expect(resolved.settings["termWeeks"]?.file == "cohort/.worklog.json")
    #expect(resolved.nearest == "cohort/team/site/.worklog.json")
    #expect(
      resolved.files == ["cohort/.worklog.json", "cohort/team/.worklog.json", "cohort/team/site/.worklog.json"])
  }

  @Test func extendsIsReadRelativeToTheFileAndOverridden() throws {
    let resolved = try resolve([
      "shared/program.json": #"{ "termWeeks": 10, "requiredSections": ["tasks"] }"#,
      "cohort/team/site/.worklog.json": #"{ "extends": "../../../shared/program.json", "termWeeks": 11 }"#,
    ])
    let config = Configuration(settings: resolved.settings)
    #expect(config.termWeeks == 11)
    #expect(config.requiredSections == ["tasks"])
    #expect(resolved.settings["requiredSections"]?.file == "shared/program.json")
    #expect(resolved.files == ["shared/program.json", "cohort/team/site/.worklog.json"])
  }

  @Test func aCycleIsRefusedWithTheCycleSpelt() {
    let files = [
      "cohort/a.json": #"{ "extends": "b.json" }"#,
      "cohort/b.json": "{\n  \"extends\": \"a.json\"\n}",
      "cohort/.worklog.json": #"{ "extends": "a.json" }"#,
    ]
    #expect(throws: ConfigurationError.self) { try resolve(files) }
    do {
      _ = try resolve(files)
    } catch {
      #expect(error.message == "'extends' makes a cycle: cohort/a.json → cohort/b.json → cohort/a.json")
      #expect(error.place == "cohort/b.json:2:14")
    }
    let itself = ["cohort/.worklog.json": #"{ "extends": "./.worklog.json" }"#]
    #expect(throws: ConfigurationError.self) { try resolve(itself) }
  }

  @Test func aMissingExtendedFileIsNamedWhereItIsNamed() {
    do {
      _ = try resolve(["cohort/.worklog.json": #"{ "extends": "nowhere.json" }"#])
      Issue.record("no error")
    } catch {
      #expect(error.place == "cohort/.worklog.json:1:14")
      #expect(error.message.hasPrefix("'extends' names cohort/nowhere.json: "))
    }
  }

  @Test func rootEndsTheWalkUp() throws {
    let resolved = try resolve([
      "cohort/.worklog.json": "{ not json",
      "cohort/team/.worklog.json": #"{ "root": true, "termWeeks": 8 }"#,
    ])
    #expect(Configuration(settings: resolved.settings).termWeeks == 8)
    #expect(resolved.files == ["cohort/team/.worklog.json"])
  }

  @Test func aBadFileAboveTheNearestFailsThePage() {
    #expect(throws: ConfigurationError.self) {
      try resolve(["cohort/.worklog.json": "{ not json", "cohort/team/site/.worklog.json": "{}"])
    }
  }

  @Test func pathsJoinAndNormalise() {
    #expect(ConfigurationLoader.join("a/b", "../c.json") == "a/c.json")
    #expect(ConfigurationLoader.join(".", "./c.json") == "c.json")
    #expect(ConfigurationLoader.join("a", "/etc/x.json") == "/etc/x.json")
    #expect(ConfigurationLoader.join("a", "../../x.json") == "../x.json")
  }
}
