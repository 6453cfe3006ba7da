/// Finding an ASCII character by its byte.
extension String {
  /// The index of the first character that is exactly `ascii` (one ASCII scalar, not a carriage
  /// return or line feed), as `firstIndex(of:)` finds it: by bytes when the bytes around the
  /// first such byte are ASCII (so it is a character of its own), by characters otherwise.
  func firstIndex(ofASCII ascii: UInt8) -> Index? {
    var text = self
    let found: Int?? = text.withUTF8 { b in
      guard let p = b.firstIndex(of: ascii) else { return .some(nil) }
      let alone = (p == 0 || b[p - 1] < 0x80) && (p + 1 == b.count || b[p + 1] < 0x80)
      return alone ? .some(p) : nil
    }
    guard let found else { return firstIndex(of: Character(Unicode.Scalar(ascii))) }
    return found.map { utf8.index(startIndex, offsetBy: $0) }
  }
}
