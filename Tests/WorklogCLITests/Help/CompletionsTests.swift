import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// `worklog completions bash|zsh|fish`: generated from the declarations, loadable by the shells.
@Suite struct CompletionsTests {
  static func script(_ shell: String) -> String {
    let run = CommandRun(["completions", shell])
    #expect(run.status == .success, "\(run.stderr)")
    return run.stdout
  }

  /// Runs `command` in `shell` (`bash -c`), returning its standard output, or nil when the
  /// shell is not installed.
  static func run(_ shell: String, _ command: String, script: String) throws -> String? {
    guard
      let path = ["/bin/", "/usr/bin/", "/usr/local/bin/"].map({ $0 + shell }).first(where: { access($0, X_OK) == 0 })
    else { return nil }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write("script", script)
    let out = folder.path + "/out"
    // The script's path comes through the environment: every shell reads $SCRIPT, while an
    // assignment in the command itself is not fish syntax.
    let line = "SCRIPT='\(folder.path)/script' \(path) -c '\(command)' > \(out) 2>&1"
    let status = line.withCString { system($0) }
    let f = fopen(out, "rb")
    defer { if f != nil { fclose(f) } }
    var bytes: [UInt8] = []
    var c = fgetc(f)
    while c != EOF {
      bytes.append(UInt8(c))
      c = fgetc(f)
    }
    return "status \(status >> 8)\n" + String(decoding: bytes, as: UTF8.self)
  }

  @Test func bashRegistersTheFunctionWhenSourced() throws {
    let output = try #require(
      try Self.run("bash", "source $SCRIPT && complete -p worklog", script: Self.script("bash")))
    #expect(output == "status 0\ncomplete -o bashdefault -o default -F _worklog worklog\n")
  }

  @Test(arguments: [
    ("worklog li", "lint"),
    ("worklog lint --format ''", "text json sarif github"),
    ("worklog summary --sort m", "missing"),
    ("worklog lint --sel", "--select"),
    ("worklog lint --select WL001,WL00", "WL001,WL001 WL001,WL002 WL001,WL003 WL001,WL004 WL001,WL005"),
    ("worklog explain task-dates-in", "task-dates-in-order"),
    ("worklog completions f", "fish"),
    ("worklog help sch", "schema"),
    ("worklog lint --color a", "auto always"),
  ])
  func bashCompletesCommandsOptionsAndValues(_ line: String, _ expected: String) throws {
    let words = line.split(separator: " ").map(String.init)
    let command =
      "source $SCRIPT; COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1); _worklog; echo \"${COMPREPLY[*]}\""
    let output = try #require(
      try Self.run("bash", command.replacingAll("'", with: "'\\''"), script: Self.script("bash")))
    #expect(output == "status 0\n\(expected)\n", "\(line)")
  }

  @Test func bashCompletesAnOptionAddedToAnyCommand() {
    // Generated from the declarations: every command's every option is offered.
    let script = Self.script("bash")
    for command in CLI.commands {
      #expect(script.contains("    \(command.name))\n"), "\(command.name)")
      for option in command.spec.declarations { #expect(script.contains("--\(option.name)"), "\(option.name)") }
    }
  }

  @Test func zshScriptDeclaresEveryCommandOptionAndRule() throws {
    let script = Self.script("zsh")
    #expect(script.hasPrefix("#compdef worklog\n"))
    #expect(script.contains("compdef _worklog worklog"))
    for command in CLI.commands { #expect(script.contains("    (\(command.name))\n"), "\(command.name)") }
    #expect(script.contains("'--format=[The output format]:format:(text json sarif github)'"))
    #expect(script.contains("'*--select=[") && script.contains("_sequence compadd - WL001"))
    #expect(script.contains(":color:(auto always never)"))
  }

  /// Whether `shell` is installed (zsh and fish are not on every machine: their parse tests
  /// are then skipped, and the content tests above still run).
  static func installed(_ shell: String) -> Bool {
    ["/bin/", "/usr/bin/", "/usr/local/bin/"].contains { access($0 + shell, X_OK) == 0 }
  }

  @Test(.enabled(if: installed("zsh"), "zsh is not installed")) func zshParsesTheScript() throws {
    let output = try Self.run("zsh", "zsh -n $SCRIPT", script: Self.script("zsh"))
    #expect(output == "status 0\n", "\(output ?? "")")
  }

  @Test(.enabled(if: installed("fish"), "fish is not installed")) func fishParsesTheScript() throws {
    let output = try Self.run("fish", "fish -n $SCRIPT", script: Self.script("fish"))
    #expect(output == "status 0\n", "\(output ?? "")")
  }

  @Test func fishScriptDeclaresEveryCommandOptionAndRule() throws {
    let script = Self.script("fish")
    for command in CLI.commands {
      #expect(script.contains("-n __fish_use_subcommand -a \(command.name) "), "\(command.name)")
    }
    #expect(script.contains("-n '__fish_seen_subcommand_from lint' -l format -x -a 'text json sarif github'"))
    #expect(script.contains("-l select -x -a 'WL001 "))
    #expect(script.contains("-n '__fish_seen_subcommand_from lint' -s h -l help"))
    #expect(script.contains("a site\\'s term"))
  }

  @Test func anUnknownShellIsAUsageErrorWithASuggestion() {
    let run = CommandRun(["completions", "bsh"])
    #expect(run.status == .failure)
    #expect(
      run.stderr
        == "worklog completions: no completions for 'bsh' (bash, zsh or fish); did you mean 'bash'?\nSee 'worklog completions --help'.\n"
    )
  }
}
