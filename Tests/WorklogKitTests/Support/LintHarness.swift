@testable import WorklogKit

/// Lints in-memory pages; `↓` in a text marks where a finding is expected and is removed first.
enum LintHarness {
  struct Marked {
    var files: [(path: String, text: String)]
    /// Expected finding starts: path, line, column.
    var marks: Set<Mark>
  }

  struct Mark: Hashable, CustomStringConvertible {
    var path: String
    var line: Int
    var column: Int
    var description: String { "\(path):\(line):\(column)" }
  }

  /// Removes the `↓` marks and records where they stood.
  static func unmark(_ files: [(path: String, text: String)]) -> Marked {
    var marks = Set<Mark>()
    var clean: [(String, String)] = []
    for (path, text) in files {
      var out = ""
      var line = 1
      var column = 1
      for ch in text.unicodeScalars {
        if ch == "↓" {
          marks.insert(Mark(path: path, line: line, column: column))
          continue
        }
        out.unicodeScalars.append(ch)
        if ch == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
      clean.append((path, out))
    }
    return Marked(files: clean, marks: marks)
  }

  /// Every finding of `rules` over `files`, read as the sites they form.
  static func lint(
    _ files: [(path: String, text: String)], rules: [any LintRule], configuration: Configuration = Configuration()
  ) -> [Diagnostic] {
    var fs: [String: [UInt8]] = [:]
    for (p, t) in files { fs[p] = RuleExample.bytes(t) }
    let memory = MemoryFileSystem(bytes: fs)
    let loader = PageLoader(fileSystem: memory, parallelism: 1)
    let session = LintSession(
      fileSystem: memory, parallelism: 1, linter: Linter(rules: rules), fixedConfiguration: ("", configuration))
    var out: [Diagnostic] = []
    loader.forEachSite(files.map(\.path).sorted()) { site in
      out += session.lint(site).findings
    }
    return out
  }

  /// The findings of one rule on one page written at the default example path.
  static func lint(_ rule: any LintRule, _ text: String, path: String = RuleExample.defaultPath) -> [Diagnostic] {
    lint([(path, text)], rules: [rule]).filter { $0.code == rule.description.code }
  }
}
