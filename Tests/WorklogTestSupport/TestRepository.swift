@testable import WorklogKit

/// Where the repository lies on this machine, found from this file's own path.
package enum TestRepository {
  /// The repository root: the nearest folder above this file that holds `Package.swift`.
  package static let root: String = {
    let disk = LocalFileSystem()
    var parts = #filePath.split(separator: "/").dropLast()
    while !parts.isEmpty, disk.kind(of: "/" + parts.joined(separator: "/") + "/Package.swift") != .file {
      parts = parts.dropLast()
    }
    return "/" + parts.joined(separator: "/")
  }()
}
