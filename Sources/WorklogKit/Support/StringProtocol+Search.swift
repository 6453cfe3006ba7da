// Substring search and replacement without Foundation: by UTF-8 bytes, which is the same as
// comparing Unicode scalars.

extension StringProtocol {
  /// The range of the first occurrence of `needle` in `range`, found by comparing UTF-8 bytes
  /// (the same as comparing Unicode scalars, without decoding them).
  func range(of needle: some StringProtocol, range: Range<Index>? = nil) -> Range<Index>? {
    if range == nil, let found = fastRange(of: needle) { return found ?? nil }
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    let hay = utf8
    var i = range?.lowerBound ?? startIndex
    let end = range?.upperBound ?? endIndex
    while i < end {
      if hay[i] == first {
        var j = hay.index(after: i)
        var k = 1
        while k < pattern.count, j < end, hay[j] == pattern[k] {
          j = hay.index(after: j)
          k += 1
        }
        if k == pattern.count { return i..<j }
      }
      i = hay.index(after: i)
    }
    return nil
  }

  /// Whether `needle` occurs in the string.
  func contains(_ needle: some StringProtocol) -> Bool { range(of: needle) != nil }

  /// The search over contiguous UTF-8 storage (native strings): `.some(nil)` when not found,
  /// nil when the storage is not contiguous and the slow path must run. A contiguous needle is
  /// searched where it lies; only another kind is copied.
  private func fastRange(of needle: some StringProtocol) -> Range<Index>?? {
    let found: (offset: Int, count: Int)?? = utf8.withContiguousStorageIfAvailable { hay in
      let inPlace = needle.utf8.withContiguousStorageIfAvailable { p in
        ByteSearch.firstOffset(of: p, in: hay).map { ($0, p.count) }
      }
      if let inPlace { return inPlace }
      let pattern = Array(needle.utf8)
      return pattern.withUnsafeBufferPointer { p in ByteSearch.firstOffset(of: p, in: hay).map { ($0, p.count) } }
    }
    guard let found else { return nil }
    guard let (offset, count) = found else { return .some(nil) }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return .some(lower..<utf8.index(lower, offsetBy: count))
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation).
  package func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound]
      out += replacement
      rest = rest[r.upperBound...]
    }
    out += rest
    return out
  }
}
