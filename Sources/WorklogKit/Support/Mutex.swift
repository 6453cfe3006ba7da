/// A mutex for state shared by parallel workers (caches, sinks), on a pthread mutex (`System`).
///
/// The standard library's `Synchronization.Mutex` needs macOS 15; the package supports 13.
package final class Mutex: @unchecked Sendable {
  private let mutex = System.makeMutex()

  package init() {}

  deinit { System.destroyMutex(mutex) }

  /// Runs `body` holding the lock.
  package func locked<T>(_ body: () throws -> T) rethrows -> T {
    System.lock(mutex)
    defer { System.unlock(mutex) }
    return try body()
  }
}
