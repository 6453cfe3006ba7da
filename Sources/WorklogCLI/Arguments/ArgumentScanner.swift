import WorklogKit

/// A scanned command line: flags set, option values, positional arguments.
struct ScannedArguments: Sendable, Equatable {
  var flags: Set<String> = []
  var options: [String: [String]] = [:]
  var positionals: [String] = []

  func has(_ flag: String) -> Bool { flags.contains(flag) }
  /// The last value given for an option.
  func value(_ option: String) -> String? { options[option]?.last }
  /// Every value of an option; comma-separated values are split.
  func values(_ option: String) -> [String] {
    (options[option] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }.filter {
      !$0.isEmpty
    }
  }
}

/// Scans arguments against a spec: `--name`, `--name=value`, `--name value`, `-h`, `--`, and `-`
/// (standard input) as a positional.
enum ArgumentScanner {
  static func scan(_ arguments: [String], _ spec: OptionSpec) throws(UsageError) -> ScannedArguments {
    var result = ScannedArguments()
    var i = 0
    var onlyPositionals = false
    while i < arguments.count {
      let arg = arguments[i]
      i += 1
      if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
        result.positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      var name: String
      var inlineValue: String?
      if arg.hasPrefix("--") {
        name = String(arg.dropFirst(2))
        if let eq = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
      } else {
        let letters = Array(arg.dropFirst())
        guard letters.count == 1, let long = spec.shortAliases[letters[0]] else {
          throw UsageError("unknown option '\(arg)'" + suggestion(String(arg.drop { $0 == "-" }), spec))
        }
        name = long
      }
      if spec.flags.contains(name) {
        if inlineValue != nil { throw UsageError("option '--\(name)' takes no value") }
        result.flags.insert(name)
      } else if spec.options.contains(name) {
        guard let value = inlineValue ?? (i < arguments.count ? arguments[i] : nil) else {
          throw UsageError("option '--\(name)' needs a value")
        }
        if inlineValue == nil { i += 1 }
        result.options[name, default: []].append(value)
      } else {
        throw UsageError("unknown option '--\(name)'" + suggestion(name, spec))
      }
    }
    return result
  }

  /// The value of `option` checked against the choices, or the default.
  static func choice(_ scanned: ScannedArguments, _ option: String, _ choices: [String], default value: String)
    throws(UsageError) -> String
  {
    guard let given = scanned.value(option) else { return value }
    guard choices.contains(given) else {
      throw UsageError(
        "option '--\(option)' must be one of \(choices.joined(separator: ", ")), not '\(given)'"
          + EditDistance.hint(for: given, among: choices))
    }
    return given
  }

  /// `; did you mean '--format'?` for a mistyped option name, or nothing.
  static func suggestion(_ name: String, _ spec: OptionSpec) -> String {
    EditDistance.hint(for: "--" + name, among: spec.declarations.map { "--" + $0.name })
  }
}
