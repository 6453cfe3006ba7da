import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Issue 12, part 6: `worklog schema config` describes every key the checker knows, and the
/// configurations the checker accepts satisfy it.
@Suite struct ConfigurationSchemaTests {
  static let samples = [
    "{}",
    #"{ "$schema": "https://example.org/worklog-config.json", "extends": "../program.json", "root": true }"#,
    #"{ "rules": { "WL107": "off", "week-missing": "note" }, "languages": ["en", "vi"], "dateOrder": "dayFirst" }"#,
    #"{ "requiredKeys": ["title"], "requiredSections": ["objectives", "tasks"], "programStart": "2025-09-08", "termWeeks": 12 }"#,
  ]

  @Test(arguments: samples)
  func acceptedConfigurationsSatisfyTheSchema(_ text: String) throws {
    let source = SourceFile(path: "c.json", bytes: Array(text.utf8))
    _ = try ConfigurationCheck.check(source)
    let value = try JSONReader.read(source.bytes).jsonValue
    #expect(SchemaValidator.violations(value, ConfigurationSchema.schema) == [])
  }

  @Test func refusedKeysBreakTheSchemaToo() throws {
    for text in [#"{ "rulez": {} }"#, #"{ "rules": { "WL999": "off" } }"#, #"{ "termWeeks": "12" }"#] {
      let value = try JSONReader.read(Array(text.utf8)).jsonValue
      #expect(!SchemaValidator.violations(value, ConfigurationSchema.schema).isEmpty, "\(text)")
    }
  }

  @Test func everyKnownKeyAndRuleIsInTheSchema() {
    guard case .object(let root) = ConfigurationSchema.schema, case .object(let properties)? = root["properties"],
      case .object(let rules)? = properties["rules"], case .object(let ruleNames)? = rules["properties"]
    else {
      Issue.record("schema has no properties")
      return
    }
    #expect(Set(properties.keys) == Set(Configuration.knownKeys))
    for key in ["rules", "requiredKeys", "requiredSections", "languages", "dateOrder", "programStart", "termWeeks"] {
      #expect(properties[key] != nil, "\(key)")
    }
    for rule in RuleRegistry.all {
      #expect(ruleNames[rule.description.code] != nil)
      #expect(ruleNames[rule.description.name] != nil)
    }
  }
}
