import Dispatch
import Testing

@testable import WorklogKit

/// Counters shared by a pipeline's tasks and its caller, under a lock.
final class PipelineProbe: @unchecked Sendable {
  private let lock = Mutex()
  private var started = 0
  private var finished: [Int] = []
  private var delivered = 0
  private var ahead = 0
  /// Signalled once per finished task, for `waitUntilFinished`.
  private let finishing = DispatchSemaphore(value: 0)

  /// A task begins: it is in flight until the caller has handled it.
  func start() {
    lock.locked {
      started += 1
      ahead = max(ahead, started - delivered)
    }
  }
  func finish(_ i: Int) {
    lock.locked { finished.append(i) }
    finishing.signal()
  }
  func deliver() { lock.locked { delivered += 1 } }
  /// The most tasks ever started and not yet handled by the caller.
  var maximumAhead: Int { lock.locked { ahead } }
  /// Task numbers in the order they finished.
  var finishOrder: [Int] { lock.locked { finished } }
  var finishedCount: Int { lock.locked { finished.count } }

  /// Blocks until `count` tasks have finished, or (on a machine too busy to start the other
  /// workers) a minute has passed; whether they did. Tests check what depends on it only then.
  func waitUntilFinished(_ count: Int) -> Bool {
    let end = DispatchTime.now() + .seconds(60)
    while finishedCount < count {
      if finishing.wait(timeout: end) == .timedOut { return finishedCount >= count }
    }
    return true
  }

  /// Blocks the calling thread for `milliseconds` (a slow writer).
  static func pause(milliseconds: Int) {
    _ = DispatchSemaphore(value: 0).wait(timeout: .now() + .milliseconds(milliseconds))
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
    let waited = Slots<Bool>(count: 1)
    var out: [Int] = []
    OrderedPipeline.run(
      count: 30, workers: 4, window: 8,
      task: { i, _ in
        // The first task waits for three later ones to be done: they finish first.
        if i == 0 { waited.set(0, probe.waitUntilFinished(3)) }
        probe.finish(i)
        return i
      }
    ) { out.append($0) }
    #expect(out == Array(0..<30))
    if waited.take(0) == true { #expect(probe.finishOrder.first != 0) }
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
      if i % 10 == 0 { PipelineProbe.pause(milliseconds: 20) }
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
          if i == 0 { _ = probe.waitUntilFinished(1) }
          probe.finish(i)
        }
        return probe.finishOrder == [1, 0]
      }
    ) { helped = $0 }
    #expect(helped)
  }
}
