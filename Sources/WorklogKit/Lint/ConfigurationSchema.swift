/// The JSON Schema (draft 2020-12) of `.worklog.json`, made from `ConfigurationFields`, so an
/// editor completes the keys and rule names and the schema cannot drift from the checker.
/// `worklog schema config` prints it.
public enum ConfigurationSchema {
  public static var schema: JSONValue {
    var root = object(ConfigurationFields.topLevel)
    guard case .object(var members) = root else { return root }
    members["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    members["title"] = .string("worklog configuration (.worklog.json)")
    members["description"] = .string(
      "Settings for worklog; the files from the top folder down to a page's own apply, the nearest winning key by key.")
    root = .object(members)
    return root
  }

  static func object(_ fields: [ConfigurationField]) -> JSONValue {
    var properties: [String: JSONValue] = [:]
    for field in fields { properties[field.name] = described(schema(field.shape), field.summary) }
    return .object(["type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(false)])
  }

  static func described(_ schema: JSONValue, _ text: String) -> JSONValue {
    guard case .object(var members) = schema else { return schema }
    members["description"] = .string(text)
    return .object(members)
  }

  static func schema(_ shape: ConfigurationShape) -> JSONValue {
    switch shape {
    case .string(let choices):
      return choices.isEmpty
        ? .object(["type": .string("string")])
        : .object(["type": .string("string"), "enum": .array(choices.map(JSONValue.string))])
    case .monday:
      return .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
    case .integer(let range):
      return .object([
        "type": .string("integer"), "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound),
      ])
    case .boolean:
      return .object(["type": .string("boolean")])
    case .strings(let choices):
      return .object(["type": .string("array"), "items": schema(.string(choices: choices))])
    case .levels:
      let level = JSONValue.object([
        "type": .string("string"), "enum": .array(ConfigurationFields.levels.map(JSONValue.string)),
      ])
      var properties: [String: JSONValue] = [:]
      for rule in RuleRegistry.all {
        properties[rule.description.code] = described(level, rule.description.summary)
        properties[rule.description.name] = described(level, rule.description.summary)
      }
      return .object([
        "type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(false),
      ])
    case .object(let fields):
      return object(fields)
    case .byLanguage(let inner):
      return .object([
        "type": .string("object"), "propertyNames": .object(["pattern": .string("^[a-z]{2,3}$")]),
        "additionalProperties": schema(inner),
      ])
    }
  }
}
