// swift-tools-version:6.0
import PackageDescription

let directMetadata: [SwiftSetting] = [
  .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

let package = Package(
  name: "worklog",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "worklog", targets: ["worklog"]),
    .library(name: "WorklogKit", targets: ["WorklogKit"]),
  ],
  targets: [
    // Generic types are made by calling their metadata accessors, not by demangling their names
    // at run time: the runtime's demangler and the conformance scans it needs were a sixth of a
    // one-page lint (20.3 M -> 18.2 M instructions; docs/architecture.md, eighth step).
    .target(name: "WorklogKit", swiftSettings: directMetadata),
    .target(name: "WorklogCLI", dependencies: ["WorklogKit"], swiftSettings: directMetadata),
    // A static executable on Linux: the standard library and glibc linked in. A pre-commit hook
    // starts one process per commit; loading and relocating libswiftCore was half of a start
    // (bench/run's hello-worlds), a position-independent binary then had 30,000 relocations of
    // its own (0.6 ms of 2.5 ms), and the libraries left (libstdc++ above all) cost the loader
    // 1,770 symbol lookups: `--version` took 2.5 ms with them, 1.0 ms static (docs/architecture.md).
    .executableTarget(
      name: "worklog", dependencies: ["WorklogCLI"], swiftSettings: directMetadata,
      linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux]))]),
    // Fixtures, file systems and invariants shared by the test targets (the fuzz target compiles
    // Invariants.swift too). A test target, so it may `@testable import` and is left out of
    // `swift build -c release`, which builds every non-test target.
    .testTarget(name: "WorklogTestSupport", dependencies: ["WorklogKit"], path: "Tests/WorklogTestSupport"),
    .testTarget(name: "WorklogKitTests", dependencies: ["WorklogKit", "WorklogTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "WorklogCLITests", dependencies: ["WorklogCLI", "WorklogKit", "WorklogTestSupport"], exclude: ["Fixtures"]),
  ]
)
