/// Keywords each naming a value, each kept with the set of its bytes (`ByteMask`): searched in
/// folded text as `KeywordTable` searches them, but a keyword with a byte the text lacks is
/// passed over without a search. The vocabulary reads every heading against some eighty words,
/// most of which share no more than a letter or two with it.
///
/// The masks, keywords and values are kept apart, so passing a keyword over touches no
/// reference-counted storage.
struct MaskedKeywords<Value: Sendable>: Sendable {
  /// The keywords in the order written: on a tie the first one wins.
  let keywords: [Keyword]
  /// The bytes of each keyword.
  let masks: [ByteMask]
  /// What each keyword names.
  let values: [Value]

  init(_ words: [(String, Value)]) {
    keywords = words.map { Keyword($0.0) }
    masks = words.map { ByteMask($0.0) }
    values = words.map(\.1)
  }

  /// The value of the keyword that occurs earliest in `hay` (on a tie, the one listed first);
  /// `mask`, the bytes of `hay`.
  func earliest(in hay: UnsafeBufferPointer<UInt8>, _ mask: ByteMask) -> Value? {
    var best: (offset: Int, index: Int)?
    for i in masks.indices where mask.covers(masks[i]) {
      if let at = keywords[i].firstOffset(in: hay), best.map({ at < $0.offset }) ?? true { best = (at, i) }
    }
    return best.map { values[$0.index] }
  }

  /// Whether the keyword at `index` occurs in `hay`, whose bytes are `mask`.
  func occurs(_ index: Int, in hay: UnsafeBufferPointer<UInt8>, _ mask: ByteMask) -> Bool {
    mask.covers(masks[index]) && keywords[index].occurs(in: hay)
  }
}
