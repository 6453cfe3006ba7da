/// Keywords each naming a value, each kept with the set of its bytes (`ByteMask`): searched in
/// folded text as `KeywordTable` searches them, but a keyword with a byte the text lacks is
/// passed over without a search. The vocabulary reads every heading against some eighty words,
/// most of which share no more than a letter or two with it.
struct MaskedKeywords<Value: Sendable>: Sendable {
  /// The keywords in the order written, with their bytes: on a tie the first one wins.
  let entries: [(keyword: Keyword, mask: ByteMask, value: Value)]

  init(_ words: [(String, Value)]) {
    entries = words.map { (Keyword($0.0), ByteMask($0.0), $0.1) }
  }

  /// The value of the keyword that occurs earliest in `hay` (on a tie, the one listed first);
  /// `mask`, the bytes of `hay`.
  func earliest(in hay: UnsafeBufferPointer<UInt8>, _ mask: ByteMask) -> Value? {
    var best: (offset: Int, value: Value)?
    for (keyword, bytes, value) in entries where mask.covers(bytes) {
      if let at = keyword.firstOffset(in: hay), best.map({ at < $0.offset }) ?? true { best = (at, value) }
    }
    return best?.value
  }

  /// Whether the keyword at `index` occurs in `hay`, whose bytes are `mask`.
  func occurs(_ index: Int, in hay: UnsafeBufferPointer<UInt8>, _ mask: ByteMask) -> Bool {
    mask.covers(entries[index].mask) && entries[index].keyword.occurs(in: hay)
  }
}
