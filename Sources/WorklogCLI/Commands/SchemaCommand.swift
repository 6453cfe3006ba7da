import WorklogKit

/// `worklog schema`: the JSON Schema of a `parse` document.
enum SchemaCommand: Command {
  static let name = "schema"
  static let summary = "Print the JSON Schema of a parse document."
  static let spec = OptionSpec()
  static let help = """
    Usage: worklog schema

    Prints the JSON Schema (draft 2020-12) that every document of 'worklog parse' satisfies.

    """

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    guard arguments.positionals.isEmpty else { throw UsageError("schema takes no PATH") }
    env.stdout.write(DocumentSchema.schema.pretty() + "\n")
    return .success
  }
}
