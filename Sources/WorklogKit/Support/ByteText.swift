/// Small byte-level helpers shared by the scanners; they work on UTF-8 without making `String`s.
enum ByteText {
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09

  /// Whether `b` is a space or a tab.
  @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }

  /// Whether `b` is ASCII white space by Unicode's `White_Space` property: tab, line feed,
  /// vertical tab, form feed, carriage return and space.
  /// Whether every byte of `text` is ASCII.
  static func isASCII<S: StringProtocol>(_ text: S) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

  @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == space || (b >= 0x09 && b <= 0x0D) }

  /// `range` without leading and trailing spaces, tabs, and no-break spaces (U+00A0).
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi {
      if isBlank(bytes[lo]) {
        lo += 1
      } else if lo + 1 < hi && bytes[lo] == 0xC2 && bytes[lo + 1] == 0xA0 {
        lo += 2
      } else {
        break
      }
    }
    while hi > lo {
      if isBlank(bytes[hi - 1]) {
        hi -= 1
      } else if hi - 2 >= lo && bytes[hi - 2] == 0xC2 && bytes[hi - 1] == 0xA0 {
        hi -= 2
      } else {
        break
      }
    }
    return lo..<hi
  }

  /// Number of leading columns of indentation (a tab counts as 4).
  static func indentation(_ bytes: [UInt8], _ range: Range<Int>) -> (columns: Int, end: Int) {
    var columns = 0
    var i = range.lowerBound
    while i < range.upperBound && isBlank(bytes[i]) {
      columns += bytes[i] == tab ? 4 - columns % 4 : 1
      i += 1
    }
    return (columns, i)
  }

  /// Whether the bytes at `i` start with `prefix` (ASCII, compared case-insensitively).
  static func hasPrefix(_ bytes: [UInt8], at i: Int, end: Int, _ prefix: StaticString) -> Bool {
    let n = prefix.utf8CodeUnitCount
    guard i + n <= end else { return false }
    let p = prefix.utf8Start
    for k in 0..<n where lowerASCII(bytes[i + k]) != p[k] { return false }
    return true
  }

  /// The offset of the first `byte` in `bytes[range]`, by `memchr`: whole-file searches (a NUL
  /// byte, a suppression marker) stay fast on a 50 MB page even in a debug build.
  static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard !range.isEmpty else { return nil }
    return bytes.withUnsafeBufferPointer { buf -> Int? in
      guard let base = buf.baseAddress else { return nil }
      return System.firstOffset(of: byte, in: base + range.lowerBound, count: range.count).map { $0 + range.lowerBound }
    }
  }

  @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
