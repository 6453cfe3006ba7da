import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// Issue 12, parts 6 and 7: configuration errors before any finding, `config --show`, `schema config`.
@Suite struct ConfigCommandTests {
  static let page = "---\ntitle: \"Week 3\"\nweight: 9\n---\n### Week 3 Objectives\n- Read about storage\n"
  static let pagePath = "cohort/site/content/1-Worklog/1.3-Week3/_index.md"

  @Test func aBadKeyStopsLintBeforeAnyFindingNamingFileLineAndColumn() {
    let files = [
      Self.pagePath: Self.page,
      "cohort/.worklog.json": "{\n  \"rules\": {\n    \"WL107\": \"off\",\n    \"WL1O7\": \"off\"\n  }\n}\n",
    ]
    for format in ["text", "json", "github"] {
      let run = CommandRun(["lint", "cohort", "--format", format], files: files)
      #expect(run.status == .failure)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("cohort/.worklog.json:4:5: unknown rule 'WL1O7' in 'rules'; did you mean 'WL107'?"))
    }
  }

  @Test func aWrongTypeStopsLintBeforeAnyFinding() {
    let run = CommandRun(
      ["lint", "cohort"], files: [Self.pagePath: Self.page, "cohort/site/.worklog.json": #"{ "termWeeks": "10" }"#])
    #expect(run.status == .failure)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("cohort/site/.worklog.json:1:16: 'termWeeks' must be a whole number, not a string"))
  }

  @Test func inheritedLevelsApplyToTheSite() {
    let files = [
      Self.pagePath: Self.page,
      "cohort/.worklog.json": #"{ "rules": { "WL107": "off" } }"#,
      "cohort/site/.worklog.json": #"{ "languages": ["en"] }"#,
    ]
    #expect(!CommandRun(["lint", "cohort", "--format", "json"], files: files).stdout.contains("WL107"))
    let alone = CommandRun(["lint", "cohort", "--format", "json"], files: [Self.pagePath: Self.page])
    #expect(alone.stdout.contains("WL107"))
  }

  @Test func showNamesEachSettingAndWhereItCameFrom() {
    let files = [
      Self.pagePath: Self.page,
      "program.json": #"{ "termWeeks": 12 }"#,
      "cohort/.worklog.json":
        "{\n  \"extends\": \"../program.json\",\n  \"rules\": { \"weight-not-week\": \"off\" }\n}",
      "cohort/site/.worklog.json": "{\n  \"languages\": [\"en\"]\n}",
    ]
    let run = CommandRun(["config", "--show", Self.pagePath], files: files)
    #expect(run.status == .success)
    #expect(
      run.stdout.contains("files, in the order laid: program.json, cohort/.worklog.json, cohort/site/.worklog.json"))
    #expect(run.stdout.contains(#"  rules.WL107       "off"  (cohort/.worklog.json:3)"#))
    #expect(run.stdout.contains(#"  languages         ["en"]  (cohort/site/.worklog.json:2)"#))
    #expect(run.stdout.contains("  termWeeks         12  (program.json:1)"))
    #expect(run.stdout.contains(#"  dateOrder         "auto"  (default)"#))
    let json = CommandRun(["config", "--show", "cohort/site", "--format", "json"], files: files)
    #expect(json.stdout.contains(#""key" : "termWeeks""#) || json.stdout.contains(#""key": "termWeeks""#))
    #expect(json.stdout.contains(#""path": "program.json""#))
    #expect(json.stdout.contains(#""source": "default""#))
  }

  @Test func showOfABadConfigurationIsAnError() {
    let run = CommandRun(
      ["config", "--show", Self.pagePath], files: [Self.pagePath: Self.page, "cohort/.worklog.json": "{"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("cohort/.worklog.json:1:2: not valid JSON"))
  }

  @Test func schemaConfigPrintsTheConfigurationSchema() {
    let run = CommandRun(["schema", "config"])
    #expect(run.status == .success)
    #expect(run.stdout.contains(#""termWeeks""#))
    #expect(run.stdout.contains(#""additionalProperties": false"#))
  }

  @Test func programKeysReachTheRules() {
    var files = [
      "s/content/1-Worklog/1.1-Week1/_index.md": "### Week 1 Objectives\n- a\n",
      "s/content/1-Worklog/1.2-Week2/_index.md": "### Week 2 Objectives\n- b\n",
      "s/content/1-Worklog/1.5-Week5/_index.md": "### Week 5 Objectives\n- bonus\n",
    ]
    let before = CommandRun(["lint", "s", "--select", "WL501,WL203", "--format", "json"], files: files)
    #expect(before.stdout.contains("week 3 has no page"))
    #expect(before.stdout.contains("WL203"))
    files["s/.worklog.json"] = #"{ "termWeeks": 2, "requiredSections": ["objectives", "tasks"] }"#
    let after = CommandRun(["lint", "s", "--select", "WL501,WL203", "--format", "json"], files: files)
    #expect(!after.stdout.contains("has no page"))
    #expect(!after.stdout.contains("WL203"))
  }
}
