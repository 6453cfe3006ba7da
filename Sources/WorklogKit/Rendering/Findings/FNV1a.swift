/// 64-bit FNV-1a, fed in parts (the hash of a text is the same however it is split): stable
/// across runs and platforms, unlike `Hasher`.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ s: String) {
    for b in s.utf8 {
      value ^= UInt64(b)
      value = value &* 0x100_0000_01b3
    }
  }

  /// The hash as 16 hex digits.
  var hex: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
