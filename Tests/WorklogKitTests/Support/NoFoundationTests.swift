import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The package is the standard library only (`System` is its way to the operating system): no
/// file under `Sources/` imports Foundation or one of its parts. Loading Foundation and ICU
/// was most of a one-page run's time (issue 14); `.ci/run` checks the release binary with `ldd` and `nm`.
@Suite struct NoFoundationTests {
  /// The line's module when it imports one of Foundation's modules (`import Foundation`,
  /// `@preconcurrency import FoundationEssentials`, `import struct Foundation.Date`), else nil.
  static func foundationImport(_ line: Substring) -> Substring? {
    var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
    while let first = words.first, first.hasPrefix("@") || Self.modifiers.contains(String(first)) {
      words = words.dropFirst()
    }
    guard words.first == "import" else { return nil }
    words = words.dropFirst()
    if let kind = words.first, Self.kinds.contains(String(kind)) { words = words.dropFirst() }
    guard let path = words.first else { return nil }
    let module = path.split(separator: ".").first ?? path
    return module.hasPrefix("Foundation") || module.hasPrefix("_Foundation") ? module : nil
  }

  private static let modifiers: Set<String> = ["public", "package", "internal", "fileprivate", "private"]
  private static let kinds: Set<String> = [
    "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
  ]

  /// The `.swift` files below `folder`, recursively.
  private func swiftFiles(_ folder: String, _ disk: LocalFileSystem) throws -> [String] {
    var files: [String] = []
    for name in try disk.contents(of: folder) {
      let path = folder + "/" + name
      if disk.kind(of: path) == .directory {
        files += try swiftFiles(path, disk)
      } else if name.hasSuffix(".swift") {
        files.append(path)
      }
    }
    return files
  }

  @Test func noSourceFileImportsFoundation() throws {
    let disk = LocalFileSystem()
    let files = try swiftFiles(TestRepository.root + "/Sources", disk)
    #expect(files.count > 100)
    var found: [String] = []
    for path in files {
      let text = String(decoding: try disk.read(path), as: UTF8.self)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let module = Self.foundationImport(line) { found.append("\(path):\(n + 1): import \(module)") }
      }
    }
    #expect(found.isEmpty, "the package uses the standard library only: \(found)")
  }

  @Test func theCheckKnowsEveryWayToImport() {
    let imports = [
      "import Foundation", "  import FoundationEssentials", "@preconcurrency import Foundation",
      "@_implementationOnly import FoundationNetworking", "public import Foundation",
      "import struct Foundation.Date", "import class FoundationEssentials.JSONDecoder", "import Foundation.NSData",
      "\timport _FoundationCShims", "import FoundationInternationalization",
    ]
    for line in imports { #expect(Self.foundationImport(line[...]) != nil, "\(line)") }
    let others = [
      "import Dispatch", "import Glibc", "// import Foundation", "let text = \"import Foundation\"",
      "/// Loading Foundation and ICU", "import WorklogKit", "importFoundation()", "",
    ]
    for line in others { #expect(Self.foundationImport(line[...]) == nil, "\(line)") }
  }
}
