// libFuzzer target over the parser, the linter and the renderers.
//
// Compiled by fuzz/run.sh into one module with the WorklogKit sources and the tests' invariants
// (Tests/WorklogTestSupport/Invariants.swift, with -D WORKLOG_FUZZ), so it sees internals and
// checks exactly what the tests check. The input is one week page; a line `<<<twin>>>` splits it
// into the English page and its Vietnamese twin, so the cross-page paths (twin dates, site rules)
// are fuzzed too. Site-level mode: lines `<<<page>>>` split the input into several pages of one
// site and a part after a line `<<<config>>>` becomes the site's `.worklog.json`, so site rules,
// twins, suppressions, configuration levels and unknown codes are fuzzed
// (`fuzz/run.sh --site` starts from fuzz/seeds-site). See `Invariants.files(fuzzInput:)`.
// A broken invariant traps, which libFuzzer reports as a crash with the input saved.

#if canImport(Glibc)
  import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParseLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  let files = Invariants.files(fuzzInput: bytes)
  let first = Invariants.pass(files)
  if let broken = first.violations.first { fail(broken) }
  if Invariants.pass(files).output != first.output { fail("parsing and linting twice gave different output") }
  if let broken = Invariants.fixViolations(files).first { fail(broken) }
  return 0
}

private func fail(_ message: String) -> Never {
  fputs("invariant broken: \(message)\n", stderr)
  abort()
}
