import WorklogKit

/// `worklog schema`: the JSON Schema of a `parse` document.
enum SchemaCommand: Command {
  static let name = "schema"
  static let summary = "Print the JSON Schema of a parse document."
  static let usage = "worklog schema [findings|status|summary|config]"
  static let about = """
    Prints the JSON Schema (draft 2020-12) that every document of 'worklog parse'
    satisfies; 'worklog schema findings' prints the one of 'worklog lint --format json',
    'worklog schema status' the one of 'worklog status --format json', 'worklog schema
    summary' the one of 'worklog summary --format json', and 'worklog schema config' the one
    of .worklog.json (point "$schema" at it for completion).
    """
  static let operands = ValueKind.choices(["findings", "status", "summary", "config"])
  static let spec = OptionSpec()

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    switch arguments.positionals {
    case []: env.stdout.write(DocumentSchema.schema.pretty() + "\n")
    case ["findings"]: env.stdout.write(FindingsSchema.schema.pretty() + "\n")
    case ["status"]: env.stdout.write(StatusSchema.schema.pretty() + "\n")
    case ["summary"]: env.stdout.write(SummarySchema.schema.pretty() + "\n")
    case ["config"]: env.stdout.write(ConfigurationSchema.schema.pretty() + "\n")
    default: throw UsageError("schema takes no PATH (only 'findings', 'status', 'summary' or 'config')")
    }
    return .success
  }
}
