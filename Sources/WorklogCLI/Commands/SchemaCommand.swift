import WorklogKit

/// `worklog schema`: the JSON Schema of a `parse` document.
enum SchemaCommand: Command {
  static let name = "schema"
  static let summary = "Print the JSON Schema of a parse document."
  static let usage = "worklog schema [findings|status|config]"
  static let about = """
    Prints the JSON Schema (draft 2020-12) that every document of 'worklog parse'
    satisfies; 'worklog schema findings' prints the one of 'worklog lint --format json',
    'worklog schema status' the one of 'worklog status --format json', and 'worklog schema
    config' the one of .worklog.json (point "$schema" at it for completion).
    """
  static let operands = ValueKind.choices(["findings", "status", "config"])
  static let spec = OptionSpec()

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    switch arguments.positionals {
    case []: env.stdout.write(DocumentSchema.schema.pretty() + "\n")
    case ["findings"]: env.stdout.write(FindingsSchema.schema.pretty() + "\n")
    case ["status"]: env.stdout.write(StatusSchema.schema.pretty() + "\n")
    case ["config"]: env.stdout.write(ConfigurationSchema.schema.pretty() + "\n")
    default: throw UsageError("schema takes no PATH (only 'findings', 'status' or 'config')")
    }
    return .success
  }
}
