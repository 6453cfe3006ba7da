import Dispatch

/// A loop of `count` iterations that any idle worker of an `OrderedPipeline` may take
/// iterations from, while the task that started it takes the rest.
///
/// It lets one large task (a site that is most of the input) use every core. The iteration
/// counter is guarded by the pipeline's lock; `group` is entered once per iteration handed
/// out, so the task that started the loop knows when the last one, wherever it ran, is done.
package final class SharedLoop: @unchecked Sendable {
  /// Runs `count` iterations of `body` (idle workers may help) and returns when all are done:
  /// what a pipeline's task gets to split its work.
  package typealias Runner = (_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

  let count: Int
  let body: @Sendable (Int) -> Void
  /// The next iteration to hand out (under the pipeline's lock).
  var next = 0
  let group = DispatchGroup()

  init(count: Int, body: @escaping @Sendable (Int) -> Void) {
    self.count = count
    self.body = body
  }

  /// The next iteration, or nil when all are handed out; the caller holds the pipeline's lock
  /// and must call `finished()` after running it.
  func claim() -> Int? {
    guard next < count else { return nil }
    next += 1
    group.enter()
    return next - 1
  }

  /// Runs iteration `i` (claimed) and marks it done.
  func run(_ i: Int) {
    body(i)
    group.leave()
  }
}
