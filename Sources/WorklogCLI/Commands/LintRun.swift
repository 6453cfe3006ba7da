import WorklogKit

/// What `lint`, `fix` and `lint --fix` set up before their first finding: the rule selection
/// checked, `--config` read, the paths resolved, and every configuration read and checked. A bad
/// one stops the run before it starts. `lint --fix` prepares once and runs both on it.
struct LintRun {
  var command: String
  var inputs: Inputs
  var session: LintSession

  /// The run for `arguments`, or nil when a configuration is bad (said on stderr).
  static func prepare(
    _ arguments: ScannedArguments, _ env: Environment, command: String, rules: [any LintRule] = RuleRegistry.all
  ) throws(UsageError) -> LintRun? {
    let selection = RuleSelection(select: arguments.values("select"), ignore: arguments.values("ignore"))
    if let code = selection.unmatched().first {
      throw UsageError("no rule matches '\(code)'" + RuleSuggestion.hint(for: code) + " (see 'worklog rules')")
    }
    let fixed: LintSession.Found?
    do throws(ConfigurationError) {
      fixed = try configuration(arguments, env.fileSystem)
    } catch {
      env.complain("worklog \(command): \(error.place): \(error.message)")
      return nil
    }
    let inputs = Inputs.resolve(arguments.positionals, env, command: command)
    let session = LintSession(
      fileSystem: env.fileSystem, parallelism: env.parallelism, standardInput: env.readStandardInput,
      linter: Linter(rules: rules, selection: selection), fixedConfiguration: fixed)
    let badConfigurations = session.configurationErrors(inputs.workspace)
    for error in badConfigurations { env.complain("worklog \(command): \(error.place): \(error.message)") }
    if !badConfigurations.isEmpty { return nil }
    return LintRun(command: command, inputs: inputs, session: session)
  }

  /// The configuration `--config` names, read; nil without the option.
  static func configuration(_ arguments: ScannedArguments, _ fileSystem: any FileSystem) throws(ConfigurationError)
    -> LintSession.Found?
  {
    guard let path = arguments.value("config") else { return nil }
    return (path, try Configuration.load(path, fileSystem: fileSystem))
  }
}
