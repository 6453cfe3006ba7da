/// Slots for values written by concurrent workers, each slot by one worker at a time.
///
/// A raw buffer allocated once. Whoever uses it orders the accesses (a semaphore or a group
/// between the write of a slot and its read), so no two accesses to one slot ever overlap; the
/// class itself takes no lock, which is why it is `@unchecked Sendable`.
package final class Slots<T>: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<T?>
  package let count: Int

  /// `count` empty slots.
  package init(count: Int) {
    self.count = max(1, count)
    slots = UnsafeMutablePointer.allocate(capacity: self.count)
    slots.initialize(repeating: nil, count: self.count)
  }

  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  /// Puts `value` in slot `i`.
  package func set(_ i: Int, _ value: T) { slots[i] = value }

  /// The value of slot `i`, leaving the slot empty (so a ring of slots holds nothing it has
  /// handed back); nil if it was never set.
  package func take(_ i: Int) -> T? {
    let value = slots[i]
    slots[i] = nil
    return value
  }
}
