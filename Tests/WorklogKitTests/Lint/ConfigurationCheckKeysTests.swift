import Testing

@testable import WorklogKit

/// Issue 12, part 6: every key checked at every depth, with line, column and the closest key.
@Suite struct ConfigurationCheckKeysTests {
  func failure(_ text: String) -> ConfigurationError? {
    do {
      _ = try Configuration.decode(Array(text.utf8), path: "c.json")
      return nil
    } catch {
      return error
    }
  }

  @Test func unknownTopLevelKeyNamesLineColumnAndClosest() {
    let error = failure("{\n  \"languages\": [\"en\"],\n  \"termWeek\": 12\n}\n")
    #expect(error?.place == "c.json:3:3")
    #expect(error?.message.hasPrefix("unknown key 'termWeek'; did you mean 'termWeeks'?") == true)
  }

  @Test func unknownRuleInsideRulesNamesTheClosestRule() {
    let error = failure("{ \"rules\": {\n  \"WL107\": \"off\",\n  \"weight-not-wek\": \"off\" } }")
    #expect(error?.place == "c.json:3:3")
    #expect(
      error?.message.hasPrefix("unknown rule 'weight-not-wek' in 'rules'; did you mean 'weight-not-week'?") == true)
  }

  @Test func wrongTypesNameTheKeyAndWhatItMustBe() {
    #expect(failure(#"{ "languages": "en" }"#)?.message == "'languages' must be an array of strings, not a string")
    #expect(failure(#"{ "languages": ["en", 3] }"#)?.place == "c.json:1:23")
    #expect(failure(#"{ "termWeeks": "12" }"#)?.message == "'termWeeks' must be a whole number, not a string")
    #expect(failure(#"{ "termWeeks": 0 }"#)?.message == "'termWeeks' must be a whole number from 1 to 60, not 0")
    #expect(failure(#"{ "rules": ["WL107"] }"#)?.message == "'rules' must be an object, not an array")
    #expect(failure(#"{ "root": "yes" }"#)?.message == "'root' must be true or false, not a string")
    #expect(failure("[]")?.message == "a configuration is a JSON object, not an array")
  }

  @Test func wrongValuesSuggestTheClosestChoice() {
    #expect(
      failure(#"{ "rules": { "WL107": "warn" } }"#)?.message
        == "'rules.WL107' must be off, note, warning or error, not 'warn'; did you mean 'warning'?")
    #expect(
      failure(#"{ "requiredSections": ["objectives", "achievement"] }"#)?.message
        == "'requiredSections' must be objectives, tasks or achievements, not 'achievement'; did you mean 'achievements'?"
    )
    #expect(failure(#"{ "dateOrder": "dayfirst" }"#)?.message.hasSuffix("did you mean 'dayFirst'?") == true)
    #expect(
      failure(#"{ "programStart": "2025-09-09" }"#)?.message == "'programStart' must be a Monday; 2025-09-09 is not")
  }

  @Test func nestedObjectsAreCheckedKeyByKey() throws {
    let fields = [
      ConfigurationField("inner", .object([ConfigurationField("depth", .integer(1...3), "a test key.")]), "a test.")
    ]
    let source = SourceFile(path: "n.json", bytes: Array("{\n  \"inner\": { \"dept\": 2 }\n}".utf8))
    #expect(throws: ConfigurationError.self) { try ConfigurationCheck.check(source, fields: fields) }
    do {
      _ = try ConfigurationCheck.check(source, fields: fields)
    } catch {
      #expect(error.place == "n.json:2:14")
      #expect(error.message.hasPrefix("unknown key 'inner.dept'; did you mean 'depth'?"))
    }
    let good = SourceFile(path: "n.json", bytes: Array(#"{ "inner": { "depth": 2 } }"#.utf8))
    #expect(try ConfigurationCheck.check(good, fields: fields).settings.map(\.name) == ["inner.depth"])
  }

  @Test func notJSONIsAnErrorAtItsPlace() {
    let error = failure("{\n  \"rules\": {},\n}")
    #expect(error?.place == "c.json:3:1")
    #expect(error?.message == "not valid JSON: trailing comma before '}'")
  }

  @Test func rulesNamedByNameAreReadAsCodes() throws {
    let config = try Configuration.decode(
      Array(#"{ "$schema": "x", "rules": { "weight-not-week": "off" } }"#.utf8), path: "c")
    #expect(config.rules == ["WL107": .off])
  }
}
