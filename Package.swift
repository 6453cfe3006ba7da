// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "worklog",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "worklog", targets: ["worklog"]),
    .library(name: "WorklogKit", targets: ["WorklogKit"]),
  ],
  targets: [
    .target(name: "WorklogKit"),
    .target(name: "WorklogCLI", dependencies: ["WorklogKit"]),
    .executableTarget(name: "worklog", dependencies: ["WorklogCLI"]),
    .testTarget(name: "WorklogKitTests", dependencies: ["WorklogKit"], exclude: ["Fixtures"]),
    .testTarget(name: "WorklogCLITests", dependencies: ["WorklogCLI", "WorklogKit"], exclude: ["Goldens"]),
  ]
)
