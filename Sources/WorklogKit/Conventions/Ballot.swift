/// A vote among a site's pages: the value written most often wins, and a tie goes to the value
/// of the most recent week.
struct Ballot<Value: Sendable>: Sendable {
  private var entries: [String: (value: Value, count: Int, latest: Int)] = [:]
  private(set) var total = 0

  /// One page, of week `week`, writes `value`, known by `key`.
  mutating func vote(_ key: String, _ value: Value, week: Int) {
    total += 1
    if let old = entries[key] {
      entries[key] = (old.value, old.count + 1, max(old.latest, week))
    } else {
      entries[key] = (value, 1, week)
    }
  }

  /// The winner and its origin; nil when nobody voted.
  var winner: Learned<Value>? {
    let best = entries.max { a, b in
      (a.value.count, a.value.latest, b.key) < (b.value.count, b.value.latest, a.key)
    }
    return best.map { Learned($0.value.value, .learned(pages: $0.value.count, of: total)) }
  }

  /// The winner, or `fallback` as a default.
  func winner(or fallback: Value) -> Learned<Value> { winner ?? Learned(fallback, .defaulted) }
}
