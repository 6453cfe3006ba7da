@testable import WorklogKit

/// A JSON Schema validator for the subset `DocumentSchema` uses: `type` (one name or a list),
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `const`, `oneOf`
/// `pattern`, and `$ref` to `#/$defs/NAME` (for the recursive list entries). Annotations (`$schema`, `title`, `description`) are ignored.
package struct SchemaValidator {
  /// The keywords this validator checks or knowingly ignores.
  package static let knownKeywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "oneOf", "pattern",
    "$schema", "title", "description", "$ref", "$defs",
  ]

  /// Every place `value` breaks `schema`, as `path: what is wrong`; empty when it is valid.
  package static func violations(_ value: JSONValue, _ schema: JSONValue, path: String = "$", root: JSONValue? = nil)
    -> [String]
  {
    let root = root ?? schema
    guard case .object(let s) = schema else { return ["\(path): schema is not an object"] }
    var out: [String] = []
    if case .string(let ref)? = s["$ref"] {
      guard ref.hasPrefix("#/$defs/"), case .object(let r) = root, case .object(let defs)? = r["$defs"],
        let target = defs[String(ref.dropFirst("#/$defs/".count))]
      else { return ["\(path): cannot resolve \(ref)"] }
      return violations(value, target, path: path, root: root)
    }
    if let type = s["type"] {
      let names: [String]
      switch type {
      case .string(let n): names = [n]
      case .array(let list): names = list.compactMap { if case .string(let n) = $0 { n } else { nil } }
      default: names = []
      }
      if !names.contains(where: { matches(value, type: $0) }) {
        out.append("\(path): \(describe(value)) is not \(names)")
      }
    }
    if let allowed = s["enum"], case .array(let values) = allowed, !values.contains(value) {
      out.append("\(path): \(describe(value)) is not one of the enum")
    }
    if let constant = s["const"], constant != value { out.append("\(path): \(describe(value)) is not the const") }
    if let pattern = s["pattern"], case .string(let p) = pattern, case .string(let text) = value {
      if let regex = try? Regex(p) {
        if !text.contains(regex) { out.append("\(path): \"\(text)\" does not match \(p)") }
      } else {
        out.append("\(path): bad pattern \(p)")
      }
    }
    if let oneOf = s["oneOf"], case .array(let options) = oneOf {
      let passing = options.filter { violations(value, $0, path: path, root: root).isEmpty }.count
      if passing != 1 { out.append("\(path): matches \(passing) of oneOf, not exactly 1") }
    }
    if case .object(let members) = value {
      var properties: [String: JSONValue] = [:]
      if case .object(let p)? = s["properties"] { properties = p }
      if case .array(let required)? = s["required"] {
        for case .string(let key) in required where members[key] == nil { out.append("\(path): missing \(key)") }
      }
      for (key, member) in members.sorted(by: { $0.key < $1.key }) {
        if let sub = properties[key] {
          out += violations(member, sub, path: "\(path).\(key)", root: root)
        } else if s["additionalProperties"] == .bool(false) {
          out.append("\(path): unexpected \(key)")
        }
      }
    }
    if case .array(let items) = value, let itemSchema = s["items"] {
      for (i, item) in items.enumerated() { out += violations(item, itemSchema, path: "\(path)[\(i)]", root: root) }
    }
    return out
  }

  /// Every keyword used anywhere in `schema` (under property names, keywords only).
  package static func keywords(_ schema: JSONValue) -> Set<String> {
    guard case .object(let s) = schema else { return [] }
    var found = Set(s.keys)
    for (key, value) in s {
      switch key {
      case "properties":
        if case .object(let props) = value { for sub in props.values { found.formUnion(keywords(sub)) } }
      case "items":
        found.formUnion(keywords(value))
      case "$defs":
        if case .object(let defs) = value { for sub in defs.values { found.formUnion(keywords(sub)) } }
      case "oneOf":
        if case .array(let options) = value { for sub in options { found.formUnion(keywords(sub)) } }
      default: break
      }
    }
    return found
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
      ("string", .string), ("array", .array), ("object", .object):
      return true
    default:
      return false
    }
  }

  private static func describe(_ value: JSONValue) -> String {
    let text = value.serialized()
    return text.count > 60 ? String(text.prefix(60)) + "…" : text
  }
}
