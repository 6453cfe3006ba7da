import Testing

@testable import WorklogCLI

/// Whether lint's text is coloured: `--color`, then `FORCE_COLOR`, `NO_COLOR`, the terminal.
@Suite struct ColorChoiceTests {
  @Test(arguments: [
    // choice, terminal, variables, coloured
    (ColorChoice.auto, true, [String: String](), true),
    (.auto, false, [:], false),
    (.auto, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": ""], true),
    (.auto, true, ["TERM": "dumb"], false),
    (.auto, false, ["FORCE_COLOR": "1"], true),
    (.auto, false, ["FORCE_COLOR": ""], false),
    (.auto, true, ["FORCE_COLOR": "0"], false),
    (.auto, false, ["FORCE_COLOR": "1", "NO_COLOR": "1"], true),
    (.always, false, ["NO_COLOR": "1"], true),
    (.never, true, ["FORCE_COLOR": "1"], false),
  ])
  func decides(_ choice: ColorChoice, _ terminal: Bool, _ variables: [String: String], _ coloured: Bool) {
    #expect(choice.enabled(terminal: terminal, variables: variables) == coloured)
  }

  static let files = ThreeWeekSite.files(at: "site")

  @Test func lintColoursWithColorAlwaysAndForceColorAndNotWithNever() {
    #expect(CommandRun(["lint", "site", "--color", "always"], files: Self.files).stdout.contains("\u{1B}["))
    #expect(
      CommandRun(["lint", "site"], files: Self.files, variables: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
    #expect(
      !CommandRun(["lint", "site", "--color", "never"], files: Self.files, terminal: true).stdout.contains("\u{1B}["))
    #expect(!CommandRun(["lint", "site"], files: Self.files).stdout.contains("\u{1B}["))
  }

  @Test func aWrongColorIsAUsageError() {
    let run = CommandRun(["lint", "site", "--color", "allways"], files: Self.files)
    #expect(run.status == .failure)
    #expect(
      run.stderr.hasPrefix(
        "worklog lint: option '--color' must be one of auto, always, never, not 'allways'; did you mean 'always'?\n"))
  }
}
