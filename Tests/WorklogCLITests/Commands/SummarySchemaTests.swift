import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

/// `summary --format json` against `worklog schema summary`.
@Suite struct SummarySchemaTests {
  /// Every JSON golden's command line, and a few more: both languages, one week, the CSV fixture.
  static var runs: [(String, [String], any FileSystem)] {
    SummaryGoldenCase.all.filter { $0.name.hasSuffix(".json") }.map { ($0.name, $0.arguments, $0.fileSystem) } + [
      ("interns --lang all", ["summary", "interns", "--lang", "all", "--format", "json"], F.internsFileSystem),
      ("awkward", ["summary", "csv", "--format", "json"], MemoryFileSystem(SummaryCSVTests.awkward)),
      ("nothing", ["summary", "interns/nobody", "--format", "json"], F.internsFileSystem),
    ]
  }

  typealias F = SummaryFixtures

  @Test func everySummaryMatchesTheSchema() throws {
    for (name, arguments, fileSystem) in Self.runs {
      let run = CommandRun(arguments, fileSystem: fileSystem)
      let document = try JSONText.parse(run.stdout)
      #expect(SchemaValidator.violations(document, SummarySchema.schema) == [], "\(name)")
      guard case .object(let root) = document else { continue }
      #expect(root["schemaVersion"] == .int(3))
    }
    #expect(SchemaValidator.keywords(SummarySchema.schema).subtracting(SchemaValidator.knownKeywords).isEmpty)
  }

  @Test func theSchemaRejectsAnUnknownState() throws {
    let run = CommandRun(["summary", "interns", "--format", "json"], fileSystem: F.internsFileSystem)
    let text = run.stdout.replacing("\"state\": \"missing\"", with: "\"state\": \"gone\"")
    #expect(text != run.stdout)
    #expect(SchemaValidator.violations(try JSONText.parse(text), SummarySchema.schema) != [])
  }

  @Test func theStatesInTheSchemaAreTheRawValues() {
    #expect(SummarySchema.state == .object(["enum": .array(WeekState.allCases.map { .string($0.rawValue) })]))
  }

  @Test func schemaSummaryPrintsTheSchema() throws {
    let run = CommandRun(["schema", "summary"])
    #expect(run.status == .success)
    #expect(try JSONText.parse(run.stdout) == SummarySchema.schema)
  }
}
