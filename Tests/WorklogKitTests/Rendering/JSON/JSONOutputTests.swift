import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The pointer-written output holds exactly the bytes an array appended the same way holds,
/// however often it grows: single bytes, runs of every length (none, short, longer than its
/// room), repeated spaces, and text.
@Suite struct JSONOutputTests {
  @Test func itHoldsWhatAnArrayHolds() {
    var rng = SeededGenerator(seed: 23)
    for round in 0..<200 {
      var out = JSONOutput(capacity: round % 3 == 0 ? 0 : Int.random(in: 1...200, using: &rng))
      var expected: [UInt8] = []
      for _ in 0..<Int.random(in: 0...300, using: &rng) {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
          let b = UInt8.random(in: 0...255, using: &rng)
          out.append(b)
          expected.append(b)
        case 1:
          let run = (0..<Int.random(in: 0...150, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
          run.withUnsafeBufferPointer { out.append(bytes: $0) }
          expected += run
        case 2:
          let n = Int.random(in: 0...40, using: &rng)
          out.append(0x20, count: n)
          expected += repeatElement(0x20, count: n)
        default:
          let text = ["", "é", "key", "Tuần 3 — xong", String(repeating: "x", count: 90)].randomElement(using: &rng)!
          out.append(utf8: text)
          expected += Array(text.utf8)
        }
      }
      #expect(out.count == expected.count)
      #expect(out.bytes == expected)
      #expect(out.string == String(decoding: expected, as: UTF8.self))
    }
  }

  /// Strings and numbers are spelled the same into either.
  @Test func stringsAndNumbersAreSpelledAlike() {
    for text in ["", "a\"b\\c", "\u{1B}[31m", "\u{85}é", "Tuần\n\t3", String(repeating: "ab", count: 80)] {
      var out = JSONOutput(capacity: 1)
      var array: [UInt8] = []
      JSONValue.writeString(text, into: &out)
      JSONValue.writeString(text, into: &array)
      #expect(out.bytes == array, "\(text.debugDescription)")
    }
    for n in [0, -1, 42, Int.max, Int.min] {
      var out = JSONOutput(capacity: 1)
      JSONValue.writeInt(n, into: &out)
      #expect(out.string == String(n))
    }
  }
}
