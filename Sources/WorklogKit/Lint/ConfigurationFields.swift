/// The keys of `.worklog.json`. A new setting is one line here (its shape and what reads it)
/// and one line in `Configuration.init(settings:)`; the checker, the schema, inheritance and
/// `config --show` follow from this list.
package enum ConfigurationFields {
  /// The levels a rule may be set to.
  static let levels = ["off", "note", "warning", "error"]

  /// The sections a week page may be required to have.
  package static let sections = ["objectives", "tasks", "achievements"]

  /// Every setting, in the order `config --show` and the schema list them.
  package static let settings: [ConfigurationField] = [
    ConfigurationField("rules", .levels, "Levels by rule code or name: off, note, warning or error."),
    ConfigurationField(
      "requiredKeys", .strings(choices: []),
      "Front matter keys every week page must have (required-key-missing, WL105)."),
    ConfigurationField(
      "requiredSections", .strings(choices: sections),
      "Sections every week page must have: objectives (WL201), tasks (WL301), achievements (WL203)."),
    ConfigurationField(
      "languages", .strings(choices: []), "Languages every week is expected in (twin-missing, WL507)."),
    ConfigurationField(
      "dateOrder", .string(choices: ["auto", "dayFirst", "monthFirst"]),
      "The order of day and month in the task table's dates: auto infers it per table."),
    ConfigurationField(
      "programStart", .monday,
      "The Monday of week 1, YYYY-MM-DD: a front matter date that is not a date is fixed from it (WL104)."),
    ConfigurationField(
      "termWeeks", .integer(1...60),
      "The weeks in the term: week-missing (WL501) expects no week after it."),
  ]

  /// The keys that are not settings: the file's own business.
  package static let fileKeys: [ConfigurationField] = [
    ConfigurationField("$schema", .string(choices: []), "The JSON Schema an editor completes this file with."),
    ConfigurationField(
      "extends", .string(choices: []),
      "A configuration file, relative to this one, whose settings this file inherits and overrides."),
    ConfigurationField(
      "root", .boolean, "When true, the .worklog.json files in the folders above this one are not read."),
  ]

  /// Every top-level key a file may have.
  package static var topLevel: [ConfigurationField] { settings + fileKeys }
}
