import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// A typo gets one line naming it, the closest valid spelling, and where the help is.
@Suite struct SuggestionTests {
  @Test func anUnknownCommandIsOneLineWithASuggestionAndTheHint() {
    let run = CommandRun(["lnit"])
    #expect(run.status == .failure)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "worklog: unknown command 'lnit'; did you mean 'lint'?\nSee 'worklog --help'.\n")
  }

  @Test func aCommandFarFromEveryNameGetsNoSuggestion() {
    let run = CommandRun(["frobnicate"])
    #expect(run.stderr == "worklog: unknown command 'frobnicate'\nSee 'worklog --help'.\n")
  }

  @Test func anUnknownOptionBeforeACommandIsNamedAsAnOption() {
    #expect(
      CommandRun(["--verison"]).stderr
        == "worklog: unknown option '--verison'; did you mean '--version'?\nSee 'worklog --help'.\n")
  }

  @Test(arguments: [
    (["lint", "--formt", "json"], "worklog lint: unknown option '--formt'; did you mean '--format'?"),
    (["lint", "--stat"], "worklog lint: unknown option '--stat'; did you mean '--statistics'?"),
    (["summary", "--wekes", "1-3"], "worklog summary: unknown option '--wekes'; did you mean '--weeks'?"),
    (
      ["lint", "--format", "sarf"],
      "worklog lint: option '--format' must be one of text, json, sarif, github, not 'sarf'; did you mean 'sarif'?"
    ),
    (["lint", "-x"], "worklog lint: unknown option '-x'"),
  ])
  func anUnknownOptionIsOneLineWithASuggestion(_ arguments: [String], _ line: String) {
    let run = CommandRun(arguments, files: ThreeWeekSite.files(at: "site"))
    #expect(run.status == .failure)
    #expect(run.stderr == line + "\nSee 'worklog \(arguments[0]) --help'.\n")
  }

  @Test(arguments: [
    ("WL3O3", "WL303"), ("task-dates-in-ordr", "task-dates-in-order"), ("week-mising", "week-missing"),
  ])
  func aMistypedRuleInSelectIgnoreAndExplainGetsTheClosestRule(_ given: String, _ meant: String) {
    let files = ThreeWeekSite.files(at: "site")
    for arguments in [
      ["lint", "site", "--select", given], ["lint", "site", "--ignore", given], ["fix", "--select", given],
    ] {
      let run = CommandRun(arguments, files: files)
      #expect(run.status == .failure)
      #expect(
        run.stderr
          == "worklog \(arguments[0]): no rule matches '\(given)'; did you mean '\(meant)'? (see 'worklog rules')\nSee 'worklog \(arguments[0]) --help'.\n"
      )
    }
    let explain = CommandRun(["explain", given])
    #expect(explain.stderr.hasPrefix("worklog explain: no rule '\(given)'; did you mean '\(meant)'?"))
  }

  @Test func editDistanceCountsASwapOnce() {
    #expect(EditDistance.between("lnit", "lint") == 1)
    #expect(EditDistance.between("Lint", "lint") == 0)
    #expect(EditDistance.between("", "abc") == 3)
    #expect(EditDistance.between("kitten", "sitting") == 3)
  }

  @Test func closestPrefersTheNearestThenAUniquePrefix() {
    #expect(EditDistance.closest(to: "sumary", among: ["lint", "summary", "schema"]) == "summary")
    #expect(EditDistance.closest(to: "--form", among: ["--format", "--fix"]) == "--format")
    #expect(EditDistance.closest(to: "xyz", among: ["lint", "fix"]) == nil)
  }
}
