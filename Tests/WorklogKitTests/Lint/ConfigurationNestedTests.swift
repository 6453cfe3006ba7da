import Testing

@testable import WorklogKit

/// A nested object (the shape `conventions` takes) is checked, inherited per key and decoded into
/// its own `Codable` type.
@Suite struct ConfigurationNestedTests {
  struct Template: Codable, Equatable {
    var heading: String?
    var rows: Int?
    var days: [String]?
  }

  static let fields =
    ConfigurationFields.topLevel + [
      ConfigurationField(
        "template",
        .object([
          ConfigurationField("heading", .string(choices: []), "a test key."),
          ConfigurationField("rows", .integer(1...9), "a test key."),
          ConfigurationField("days", .strings(choices: []), "a test key."),
        ]), "a test.")
    ]

  func settings(_ text: String, _ path: String) throws -> [ConfigurationSetting] {
    try ConfigurationCheck.check(SourceFile(path: path, bytes: Array(text.utf8)), fields: Self.fields).settings
  }

  @Test func nestedKeysAreInheritedOneByOneAndDecoded() throws {
    let top = try settings(#"{ "template": { "heading": "Week", "rows": 5 } }"#, "a.json")
    let near = try settings(#"{ "template": { "rows": 7, "days": ["Mon"] } }"#, "b.json")
    let merged = ConfigurationSettings().laying(top).laying(near)
    #expect(merged["template", "heading"]?.file == "a.json")
    #expect(merged["template", "rows"]?.file == "b.json")
    let node = try #require(merged.tree("template"))
    let template = try JSONNodeDecoder.decode(Template.self, from: node)
    #expect(template == Template(heading: "Week", rows: 7, days: ["Mon"]))
    #expect(merged.tree("nothing") == nil)
  }

  @Test func aNestedValueOfTheWrongKindIsRefused() {
    #expect(throws: ConfigurationError.self) { try settings(#"{ "template": { "rows": "7" } }"#, "a.json") }
    #expect(throws: ConfigurationError.self) { try settings(#"{ "template": [] }"#, "a.json") }
  }
}
