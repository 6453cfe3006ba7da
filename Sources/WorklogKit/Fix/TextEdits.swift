/// Applying edits to a file's bytes.
public enum TextEdits {
  /// Whether no two of `edits` overlap (two insertions at one offset overlap: their order would
  /// be a guess). An insertion at the edge of a replaced span does not overlap it.
  public static func areDisjoint(_ edits: [TextEdit]) -> Bool {
    let sorted = edits.sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    for (a, b) in zip(sorted, sorted.dropFirst()) {
      if b.range.lowerBound < a.range.upperBound { return false }
      if a.range.isEmpty && b.range.isEmpty && a.range.lowerBound == b.range.lowerBound { return false }
    }
    return true
  }

  /// `bytes` with `edits` applied, or nil when an edit is out of bounds or two overlap.
  ///
  /// Edits are applied from the end, so each edit's offsets stay those of the original bytes;
  /// every byte outside the edits is copied as it was.
  public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8]? {
    guard edits.allSatisfy({ $0.range.lowerBound >= 0 && $0.range.upperBound <= bytes.count }),
      areDisjoint(edits)
    else { return nil }
    var out = bytes
    for edit in edits.sorted(by: {
      $0.range.lowerBound > $1.range.lowerBound || $0.range.lowerBound == $1.range.lowerBound && !$0.range.isEmpty
    }) {
      out.replaceSubrange(edit.range, with: edit.replacement)
    }
    return out
  }
}
