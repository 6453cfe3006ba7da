import Testing

@testable import WorklogKit

/// Counters shared by a pipeline's tasks and its caller, under a lock.
final class PipelineProbe: @unchecked Sendable {
  private let lock = Mutex()
  private var started = 0
  private var finished: [Int] = []
  private var delivered = 0
  private var ahead = 0

  /// A task begins: it is in flight until the caller has handled it.
  func start() {
    lock.locked {
      started += 1
      ahead = max(ahead, started - delivered)
    }
  }
  func finish(_ i: Int) { lock.locked { finished.append(i) } }
  func deliver() { lock.locked { delivered += 1 } }
  /// The most tasks ever started and not yet handled by the caller.
  var maximumAhead: Int { lock.locked { ahead } }
  /// Task numbers in the order they finished.
  var finishOrder: [Int] { lock.locked { finished } }
  var finishedCount: Int { lock.locked { finished.count } }

  /// Waits (spinning, at most `limit`) until `condition` holds; whether it did.
  func wait(_ limit: Duration = .seconds(10), until condition: (PipelineProbe) -> Bool) -> Bool {
    let end = ContinuousClock.now + limit
    while ContinuousClock.now < end {
      if condition(self) { return true }
    }
    return condition(self)
  }
}

@Suite struct OrderedPipelineTests {
  @Test(arguments: [1, 2, 4]) func resultsComeInTaskOrder(workers: Int) {
    var out: [Int] = []
    OrderedPipeline.run(count: 200, workers: workers, window: workers * 4, task: { i, _ in i * i }) { out.append($0) }
    #expect(out == (0..<200).map { $0 * $0 })
  }

  @Test func noTasksCallNothing() {
    var calls = 0
    OrderedPipeline.run(count: 0, workers: 4, window: 16, task: { i, _ in i }) { _ in calls += 1 }
    #expect(calls == 0)
  }

  @Test func aSlowFirstTaskDoesNotReorderTheResults() {
    let probe = PipelineProbe()
    var out: [Int] = []
    OrderedPipeline.run(
      count: 30, workers: 4, window: 8,
      task: { i, _ in
        // The first task waits for three later ones to be done: they finish first.
        if i == 0 { _ = probe.wait { $0.finishedCount >= 3 } }
        probe.finish(i)
        return i
      }
    ) { out.append($0) }
    #expect(out == Array(0..<30))
    #expect(probe.finishOrder.first != 0)
  }

  @Test(arguments: [1, 3, 8]) func theWindowBoundsWhatIsAhead(window: Int) {
    let probe = PipelineProbe()
    var out: [Int] = []
    OrderedPipeline.run(
      count: 120, workers: 4, window: window,
      task: { i, _ in
        probe.start()
        return i
      }
    ) { i in
      // A slow writer: the workers run ahead of it as far as the window lets them.
      if i % 10 == 0 { _ = probe.wait(.milliseconds(20)) { _ in false } }
      out.append(i)
      probe.deliver()
    }
    #expect(out == Array(0..<120))
    #expect(probe.maximumAhead <= window)
  }

  @Test(arguments: [1, 4]) func aSharedLoopRunsEachIterationOnce(workers: Int) {
    let counts = Slots<Int>(count: 20 * 50)
    let lock = Mutex()
    var out: [Int] = []
    OrderedPipeline.run(
      count: 20, workers: workers, window: 4,
      task: { t, loop in
        loop(50) { i in lock.locked { counts.set(t * 50 + i, (counts.take(t * 50 + i) ?? 0) + 1) } }
        return t
      }
    ) { out.append($0) }
    #expect(out == Array(0..<20))
    #expect((0..<(20 * 50)).allSatisfy { counts.take($0) == 1 })
  }

  @Test func idleWorkersHelpTheOnlyTask() {
    // One task, a loop whose first iteration waits until another iteration ran elsewhere.
    let probe = PipelineProbe()
    var helped = false
    OrderedPipeline.run(
      count: 1, workers: 2, window: 8,
      task: { _, loop in
        loop(2) { i in
          if i == 0 { _ = probe.wait { $0.finishedCount >= 1 } }
          probe.finish(i)
        }
        return probe.finishOrder == [1, 0]
      }
    ) { helped = $0 }
    #expect(helped)
  }
}
