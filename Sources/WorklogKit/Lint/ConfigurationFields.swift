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
      "conventions",
      .object([
        ConfigurationField("languages", .strings(choices: []), "The languages new pages are written in."),
        ConfigurationField(
          "paths", .byLanguage(.string(choices: [])),
          "By language: the page's path below the site, {n} for the week ({n:2} zero-padded, {n-1} one below)."),
        ConfigurationField("titles", .byLanguage(.string(choices: [])), "By language: the title, {n} for the week."),
        ConfigurationField("pre", .string(choices: []), "The pre value, {n} for the week."),
        ConfigurationField(
          "headings",
          .byLanguage(
            .object([
              ConfigurationField("objectives", .string(choices: []), "The objectives heading, with its #s."),
              ConfigurationField("tasks", .string(choices: []), "The tasks heading, with its #s."),
              ConfigurationField("achievements", .string(choices: []), "The achievements heading, with its #s."),
            ])), "By language: the three headings."),
        ConfigurationField(
          "tableHeaders", .byLanguage(.strings(choices: [])),
          "By language: the task table's columns, in the order Day, Task, Start, Completion, References."),
        ConfigurationField(
          "dateFormat", .string(choices: []), "The task dates' form: DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, YYYY-MM-DD…"),
        ConfigurationField(
          "dayLabels", .string(choices: DayStyle.allCases.map(\.rawValue)), "How the Day column names the days."),
        ConfigurationField("workingDays", .integer(5...7), "5 (Monday to Friday) or 7 (Monday to Sunday)."),
      ]), "How worklog new writes the site's pages, over what it learns from them."),
    ConfigurationField(
      "termWeeks", .integer(1...60),
      "The weeks in the term: week-missing (WL501) expects no week after it."),
    ConfigurationField(
      "displayName", .string(choices: []),
      "The site's name in summaries and the report (the intern's name), instead of its folder's."),
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
