import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// A small site: week 1 clean, week 2 with a wrong weight and an R Markdown date.
let lintSite: [String: String] = [
  "s/content/1-Worklog/1.1-Week1/_index.md": """
  ---
  title: "Week 1 Worklog"
  date: 2025-09-08
  weight: 1
  chapter: false
  pre: " <b> 1.1. </b> "
  ---

  ### Week 1 Objectives:

  * Set up an AWS account

  ### Tasks to be carried out this week:

  | Day | Task | Start Date | Completion Date | Reference Material |
  | --- | --- | --- | --- | --- |
  | 2 | Create the account | 08/09/2025 | 08/09/2025 | [AWS](https://aws.amazon.com/) |

  ### Week 1 Achievements:

  * Account ready

  """,
  "s/content/1-Worklog/1.2-Week2/_index.md": """
  ---
  title: "Week 2 Worklog"
  date: "`r Sys.Date()`"
  weight: 1
  chapter: false
  pre: " <b> 1.2. </b> "
  ---

  ### Week 2 Objectives:

  * Learn IAM

  """,
]

@Suite struct LintCommandTests {
  let only = ["--select", "WL104,WL107"]

  @Test func textFormatMatchesGolden() {
    let run = CommandRun(["lint", "s"] + only, files: lintSite)
    #expect(run.status == .success)
    Golden.check(run.stdout, "lint-text.txt")
  }

  @Test func jsonFormatMatchesGolden() {
    let run = CommandRun(["lint", "s", "--format", "json"] + only, files: lintSite)
    Golden.check(run.stdout, "lint-json.json")
  }

  @Test func sarifFormatMatchesGolden() {
    let run = CommandRun(["lint", "s", "--format", "sarif"] + only, files: lintSite)
    Golden.check(run.stdout, "lint-sarif.json")
  }

  @Test func githubFormatMatchesGolden() {
    let run = CommandRun(["lint", "s", "--format", "github"] + only, files: lintSite)
    Golden.check(run.stdout, "lint-github.txt")
  }

  @Test func exitStatusFollowsFailLevel() {
    #expect(CommandRun(["lint", "s"] + only, files: lintSite).status == .success)
    #expect(CommandRun(["lint", "s", "--fail-on", "warning"] + only, files: lintSite).status == .findings)
    let clean = CommandRun(
      ["lint", "s/content/1-Worklog/1.1-Week1/_index.md", "--fail-on", "note"] + only, files: lintSite)
    #expect(clean.status == .success)
  }

  @Test func errorsFailTheRun() {
    var files = lintSite
    files["s/.worklog.json"] = #"{ "rules": { "WL107": "error" } }"#
    let run = CommandRun(["lint", "s"] + only, files: files)
    #expect(run.status == .findings)
    #expect(run.stdout.contains("error[WL107]"))
  }

  @Test func missingPathExitsTwoNamingIt() {
    let run = CommandRun(["lint", "nowhere"], files: lintSite)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("nowhere: no such file or directory"))
  }

  @Test func unknownOptionExitsTwoWithOneLineAndTheHint() {
    let run = CommandRun(["lint", "--colour"], files: lintSite)
    #expect(run.status == .failure)
    #expect(
      run.stderr == "worklog lint: unknown option '--colour'; did you mean '--color'?\nSee 'worklog lint --help'.\n")
  }

  @Test func unknownSelectedRuleIsAUsageError() {
    let run = CommandRun(["lint", "s", "--select", "WL999"], files: lintSite)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("no rule matches 'WL999'"))
  }

  @Test func unreadableConfigurationExitsTwoNamingTheFile() {
    var files = lintSite
    files["s/.worklog.json"] = "{ rules: "
    let run = CommandRun(["lint", "s"], files: files)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("s/.worklog.json:1:3: not valid JSON"))
  }

  @Test func configurationLevelsAndUnknownCodes() {
    var files = lintSite
    files["s/.worklog.json"] = """
      {
        "rules": { "weight-not-week": "off", "WL998": "error" }
      }
      """
    let run = CommandRun(["lint", "s", "--format", "json", "--select", "WL003,WL104,WL107"], files: files)
    // Issue 12: an unknown code is a configuration error at its place, before any finding.
    #expect(run.status == .failure)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("s/.worklog.json:2:40: unknown rule 'WL998' in 'rules'"))
    files["s/.worklog.json"] = #"{ "rules": { "weight-not-week": "off" } }"#
    let fine = CommandRun(["lint", "s", "--format", "json", "--select", "WL003,WL104,WL107"], files: files)
    #expect(!fine.stdout.contains("WL107"))
    #expect(fine.stdout.contains(#""code":"WL104""#))
  }

  @Test func suppressionCommentsSilenceTheirRule() {
    var files = lintSite
    files["s/content/1-Worklog/1.2-Week2/_index.md"]! += "<!-- worklog-disable-file WL104 -->\n"
    let run = CommandRun(["lint", "s", "--format", "json"] + only, files: files)
    #expect(!run.stdout.contains("WL104"))
    #expect(run.stdout.contains("WL107"))
  }

  @Test func colourOnlyOnATerminalWithoutNoColor() {
    let esc = "\u{1B}["
    #expect(!CommandRun(["lint", "s"] + only, files: lintSite).stdout.contains(esc))
    #expect(CommandRun(["lint", "s"] + only, files: lintSite, terminal: true).stdout.contains(esc))
    #expect(
      !CommandRun(["lint", "s"] + only, files: lintSite, terminal: true, variables: ["NO_COLOR": "1"]).stdout.contains(
        esc))
  }

  @Test func controlCharactersAreEscapedInText() {
    let page = "---\ntitle: \"Week 3\"\ndate: \"\u{1B}[31mred\"\nweight: 3\n---\n"
    let run = CommandRun(
      ["lint", "w/content/1-Worklog/1.3-Week3/_index.md", "--select", "WL104"],
      files: ["w/content/1-Worklog/1.3-Week3/_index.md": page], terminal: false)
    #expect(run.stdout.contains("\\x1B[31mred"))
    #expect(!run.stdout.contains("\u{1B}"))
  }

  @Test func statisticsCountPerRule() {
    let run = CommandRun(["lint", "s", "--statistics"] + only, files: lintSite)
    #expect(run.stdout.contains("     1  WL104  date-not-a-date (warning)"))
    #expect(run.stdout.contains("     1  WL107  weight-not-week (warning)"))
  }

  @Test func rulesAndExplain() {
    let rules = CommandRun(["rules"])
    #expect(rules.status == .success)
    #expect(rules.stdout.contains("WL104  date-not-a-date"))
    let explain = CommandRun(["explain", "weight-not-week"])
    #expect(explain.stdout.hasPrefix("WL107 weight-not-week (warning)"))
    #expect(explain.stdout.contains("Does not trigger it:"))
    #expect(CommandRun(["explain", "WL999"]).status == .failure)
  }
}
