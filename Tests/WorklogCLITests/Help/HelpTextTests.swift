import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// Help is put together from the declarations, fits 80 columns, and the man page says the same.
@Suite struct HelpTextTests {
  /// Every help the tool prints: the tool's and each registered command's.
  static var helps: [(String, String)] { [("worklog", CLI.help)] + CLI.commands.map { ($0.name, $0.help) } }

  @Test func everyHelpFitsEightyColumns() {
    for (name, help) in Self.helps {
      for line in help.split(separator: "\n") {
        #expect(WordWrap.width(line) <= 80, "\(name): \(line)")
      }
      #expect(help.hasSuffix("\n") && !help.hasSuffix("\n\n"), "\(name)")
    }
  }

  @Test func everyDeclaredOptionIsInItsCommandsHelp() {
    for command in CLI.commands {
      for option in command.spec.declarations {
        #expect(command.help.contains("--\(option.name)"), "\(command.name) --\(option.name)")
        if !option.help.isEmpty && HelpText.labels(option).count == 1 {
          let firstWord = option.help.split(separator: " ").first.map(String.init) ?? ""
          #expect(command.help.contains(firstWord), "\(command.name) --\(option.name)")
        }
      }
    }
  }

  @Test func aLongDescriptionWrapsUnderItsColumn() {
    let spec = OptionSpec(
      [.option("config", "FILE", String(repeating: "word ", count: 30), values: .file)], helpColumn: 20)
    let lines = HelpText.options(spec).split(separator: "\n")
    #expect(lines[0].hasPrefix("  --config FILE     word"))
    #expect(lines[1].hasPrefix(String(repeating: " ", count: 20) + "word"))
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.last == "  -h, --help        Show this help.")
  }

  @Test func aNameTooLongForTheColumnPutsItsDescriptionBelow() {
    let spec = OptionSpec([.option("sort", "name|missing|findings|last", "The order.")], helpColumn: 22)
    #expect(HelpText.options(spec).hasPrefix("  --sort name|missing|findings|last\n                      The order.\n"))
  }

  @Test func helpCommandGivesACommandsHelpAndSuggestsForATypo() {
    #expect(CommandRun(["help", "lint"]).stdout == LintCommand.help)
    let typo = CommandRun(["help", "sumary"])
    #expect(typo.status == .failure)
    #expect(
      typo.stderr == "worklog help: unknown command 'sumary'; did you mean 'summary'?\nSee 'worklog help --help'.\n")
  }

  @Test func manPageHasEveryCommandAndOptionInRoff() {
    let run = CommandRun(["help", "--man"])
    #expect(run.status == .success)
    let man = run.stdout
    #expect(man.hasPrefix(".TH WORKLOG 1 "))
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"] {
      #expect(man.contains("\n.SH \(section)\n"), "\(section)")
    }
    for command in CLI.commands {
      #expect(man.contains(".SS \"\(command.name)\"\n"), "\(command.name)")
      for option in command.spec.declarations {
        #expect(man.contains(ManPage.escape("--" + option.name)), "\(command.name) --\(option.name)")
      }
    }
    // No text line starts a roff request by accident, and minus signs are escaped.
    for line in man.split(separator: "\n") where !line.hasPrefix(".") {
      #expect(!line.hasPrefix("'"), "\(line)")
    }
    #expect(!man.contains(" --format"))
  }

  @Test func roffTextGuardsDotsAndBackslashes() {
    #expect(ManPage.text(".hidden\nback\\slash") == "\\&.hidden\nback\\eslash")
    #expect(ManPage.text("a\n\nb") == "a\n.PP\nb")
  }

  @Test func proseIsRefilledButIndentedLinesStayLines() {
    let text = String(repeating: "long ", count: 20) + "\nend.\n  kept as it is\n\nnext"
    let filled = HelpText.fill(text).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(filled.allSatisfy { $0.count <= 80 })
    #expect(filled.contains("  kept as it is"))
    #expect(filled.suffix(3) == ["", "next", ""])
  }
}
