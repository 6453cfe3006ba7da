/// Keywords each naming a value, searched together in the UTF-8 of folded text: the vocabulary's
/// section words, built once.
struct KeywordTable<Value: Sendable>: Sendable {
  /// The keywords in the order written: on a tie the first one wins.
  let entries: [(keyword: Keyword, value: Value)]

  init(_ words: [(String, Value)]) {
    entries = words.map { (Keyword($0.0), $0.1) }
  }

  /// The value of the keyword that occurs earliest in `hay` (on a tie, the one listed first).
  func earliest(in hay: UnsafeBufferPointer<UInt8>) -> Value? {
    var best: (offset: Int, value: Value)?
    for (keyword, value) in entries {
      // Only an occurrence before the best so far can win.
      if let at = keyword.firstOffset(in: hay), best.map({ at < $0.offset }) ?? true { best = (at, value) }
    }
    return best?.value
  }
}
