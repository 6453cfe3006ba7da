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
    // The standard library linked in on Linux: a pre-commit hook starts one process per commit,
    // and loading and relocating libswiftCore is half of a start (bench/run's hello-worlds).
    // Linked at a fixed address (`-no-pie`): a position-independent binary holding the standard
    // library has about 30,000 relocations for the loader to apply, each writing a page of its
    // own copy, which was 0.6 ms of a 2.5 ms start (docs/architecture.md).
    .executableTarget(
      name: "worklog", dependencies: ["WorklogCLI"],
      linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux]))]),
    // Fixtures, file systems and invariants shared by the test targets (the fuzz target compiles
    // Invariants.swift too). A test target, so it may `@testable import` and is left out of
    // `swift build -c release`, which builds every non-test target.
    .testTarget(name: "WorklogTestSupport", dependencies: ["WorklogKit"], path: "Tests/WorklogTestSupport"),
    .testTarget(name: "WorklogKitTests", dependencies: ["WorklogKit", "WorklogTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "WorklogCLITests", dependencies: ["WorklogCLI", "WorklogKit", "WorklogTestSupport"], exclude: ["Fixtures"]),
  ]
)
