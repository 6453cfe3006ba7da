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
  /// nil when the storage is not contiguous and the slow path must run.
  private func fastRange(of needle: some StringProtocol) -> Range<Index>?? {
    var pattern = Array(needle.utf8)
    if pattern.isEmpty { return .some(nil) }
    let found: Int?? = utf8.withContiguousStorageIfAvailable { hay -> Int? in
      pattern.withUnsafeMutableBufferPointer { p -> Int? in
        let n = p.count
        guard hay.count >= n else { return nil }
        let first = p[0]
        var i = 0
        let last = hay.count - n
        while i <= last {
          if hay[i] == first {
            var k = 1
            while k < n && hay[i + k] == p[k] { k += 1 }
            if k == n { return i }
          }
          i += 1
        }
        return nil
      }
    }
    guard let found else { return nil }
    guard let offset = found else { return .some(nil) }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return .some(lower..<utf8.index(lower, offsetBy: pattern.count))
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
