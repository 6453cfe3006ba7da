/// Percent-encoding of chosen ASCII characters (`%3A`, upper-case hex), leaving every other
/// scalar as it is: each output format says which characters it must encode.
enum PercentEncoding {
  /// `text` with each scalar for which `encodes` is true written as `%XX`; only ASCII scalars
  /// may be chosen.
  static func encode(_ text: String, where encodes: (Unicode.Scalar) -> Bool) -> String {
    var out = ""
    for s in text.unicodeScalars {
      if s.isASCII && encodes(s) {
        out += "%" + hex(s.value)
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  private static func hex(_ v: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    return String(digits[Int(v >> 4) & 0xF]) + String(digits[Int(v) & 0xF])
  }
}
