import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// `summary` (and `report`, built on its summaries) reads the cohort through the same per-site
/// pipeline as `lint` and `parse` (`DeterminismTests`): the same bytes whatever the number of cores.
@Suite struct PipelineCoresTests {
  func run(_ arguments: [String], cores: Int) -> CommandRun {
    CommandRun(arguments, fileSystem: MemoryFileSystem(cohort), parallelism: cores)
  }

  @Test(arguments: [
    ["summary", "cohort"], ["summary", "cohort", "--format", "json"], ["summary", "cohort", "--format", "csv"],
    ["summary", "cohort", "--week", "2"],
  ])
  func summaryGivesTheSameBytesWhateverTheNumberOfCores(_ arguments: [String]) {
    let one = run(arguments, cores: 1)
    let four = run(arguments, cores: 4)
    #expect(one.stdout.utf8.count > 200, "the cohort gives a summary: \(one.stdout.prefix(200))")
    #expect(one.stdout == four.stdout)
    #expect(one.stderr == four.stderr)
    #expect(one.status == four.status)
    #expect(run(arguments, cores: 2).stdout == one.stdout)
  }
}
