import Dispatch

/// Runs numbered tasks on a few worker threads and hands their results to the caller strictly
/// in task order, each as soon as it and every task before it are done.
///
/// `PageLoader` runs one task per site (read and parse its pages, assemble the site, lint and
/// render it), so the cores stay busy to the end: there is no batch boundary where one waits
/// for the other's slowest site, and the output streams in discovery order whatever the core
/// count. Memory stays bounded: a task is started only while fewer than `window` tasks are in
/// flight or done and waiting for the caller (the one the caller is handling counts too).
///
/// A task may split work into a `SharedLoop` (`Loop`): workers with no task to start (the
/// window is full, or every task has started) take its iterations, so a site that is most of
/// the input still has its pages parsed on every core.
///
/// Workers are Dispatch blocks; they start no task and run no loop after the last result is
/// handed out. With one worker everything runs on the caller's thread, in order.
package final class OrderedPipeline<T: Sendable>: @unchecked Sendable {
  /// Runs `count` iterations of `body`, idle workers helping, and returns when all are done.
  package typealias Loop = SharedLoop.Runner

  /// A loop on one thread, for one worker.
  package static var serialLoop: Loop { { count, body in for i in 0..<count { body(i) } } }

  private let count: Int
  private let workers: Int
  private let window: Int
  private let task: @Sendable (_ index: Int, _ loop: Loop) -> T
  private let results: Slots<T>
  /// One per slot of `results`: signalled when the slot holds the result the caller waits for.
  private let ready: [DispatchSemaphore]
  /// Idle workers sleep here; `wakeIdle` lets them look again.
  private let wake = DispatchSemaphore(value: 0)
  private let lock = Mutex()
  // Under `lock`:
  private var next = 0
  private var delivered = 0
  private var running = 0
  private var idle = 0
  private var loops: [SharedLoop] = []

  private init(count: Int, workers: Int, window: Int, task: @escaping @Sendable (Int, Loop) -> T) {
    self.count = count
    self.workers = workers
    self.window = window
    self.task = task
    results = Slots(count: window)
    ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
  }

  /// Runs `task(i, loop)` for every `i` in `0..<count` on `workers` workers, at most `window`
  /// (at least 1) ahead of the caller, and calls `body` on the caller's thread with each result
  /// in order of `i`.
  package static func run(
    count: Int, workers: Int, window: Int, task: @escaping @Sendable (_ index: Int, _ loop: Loop) -> T,
    _ body: (T) -> Void
  ) {
    guard workers > 1 && count > 0 else {
      for i in 0..<count { body(task(i, serialLoop)) }
      return
    }
    let pipeline = OrderedPipeline(count: count, workers: workers, window: max(1, window), task: task)
    pipeline.start()
    pipeline.deliver(body)
  }

  private func start() {
    for _ in 0..<workers { DispatchQueue.global().async { self.work() } }
  }

  /// The caller's side: each result in order, then the window moves on by one.
  private func deliver(_ body: (T) -> Void) {
    for i in 0..<count {
      ready[i % window].wait()
      // The semaphore orders the worker's write of the slot before this read.
      if let value = results.take(i % window) { body(value) }
      lock.locked {
        delivered += 1
        wakeIdle()
      }
    }
  }

  private enum Job {
    case task(Int)
    case iteration(SharedLoop, Int)
    case wait
    case stop
  }

  /// A worker: start the next task if the window allows, else help a shared loop, else sleep
  /// until something changes; stop when every task has started and finished.
  private func work() {
    while true {
      switch nextJob() {
      case .task(let i):
        let value = task(i, loop)
        results.set(i % window, value)
        ready[i % window].signal()
        lock.locked {
          running -= 1
          if next == count && running == 0 { wakeIdle() }
        }
      case .iteration(let shared, let i):
        shared.run(i)
      case .wait:
        wake.wait()
      case .stop:
        return
      }
    }
  }

  private func nextJob() -> Job {
    lock.locked {
      if next < count && next < delivered + window {
        next += 1
        running += 1
        return .task(next - 1)
      }
      if let job = claimIteration() { return job }
      if next == count && running == 0 { return .stop }
      idle += 1
      return .wait
    }
  }

  /// An iteration of the oldest shared loop with some left (under `lock`).
  private func claimIteration() -> Job? {
    while let shared = loops.first {
      if let i = shared.claim() { return .iteration(shared, i) }
      loops.removeFirst()
    }
    return nil
  }

  /// Lets every sleeping worker look for work again (under `lock`).
  private func wakeIdle() {
    for _ in 0..<idle { wake.signal() }
    idle = 0
  }

  /// `Loop` for a task: its iterations are shared with idle workers, the task taking what is
  /// left; returns when every iteration, wherever it ran, is done.
  private func loop(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    guard count > 1 else {
      for i in 0..<count { body(i) }
      return
    }
    let shared = SharedLoop(count: count, body: body)
    lock.locked {
      loops.append(shared)
      wakeIdle()
    }
    while let i = lock.locked({ shared.claim() }) { shared.run(i) }
    // Every iteration is handed out: drop the loop now (what its body holds goes with it).
    lock.locked { loops.removeAll { $0 === shared } }
    shared.group.wait()
  }
}
