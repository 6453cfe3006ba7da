/// Random lines for the tests that hold a byte path against the `String` reading it stands in for.
package enum RandomLines {
  /// One to eight of `pieces`, each maybe followed by a space; now and then a byte that is not
  /// UTF-8 (which a `String` holds as U+FFFD) at a random place.
  package static func line(_ pieces: [String], _ random: inout SeededGenerator) -> [UInt8] {
    var raw: [UInt8] = []
    for _ in 0..<Int.random(in: 1...8, using: &random) {
      raw += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8)
      if Bool.random(using: &random) { raw.append(0x20) }
    }
    if Int.random(in: 0..<10, using: &random) == 0 {
      raw.insert(
        [0xFF, 0xC3, 0x80, 0xE1][Int.random(in: 0..<4, using: &random)],
        at: Int.random(in: 0...raw.count, using: &random))
    }
    return raw
  }
}
