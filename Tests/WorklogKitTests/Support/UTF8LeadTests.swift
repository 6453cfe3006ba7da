import Testing

@testable import WorklogKit

/// The one lead-byte table (`UTF8Lead`) read three ways: validation, raw path names, and the
/// scalar count of the repaired text must all agree with the standard library's decoding.
@Suite struct UTF8LeadTests {
  /// Every lead byte with every second byte, and a continuation byte after as many as needed.
  static let sequences: [[UInt8]] = (0x80...0xFF).flatMap { lead -> [[UInt8]] in
    (0x00...0xFF).map { second in [UInt8(lead), UInt8(second), 0x80, 0x80] }
  }

  /// Whether the standard library reads `bytes` without repairing anything.
  static func isWellFormed(_ bytes: [UInt8]) -> Bool {
    Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
  }

  @Test func validationAgreesWithTheStandardLibrary() {
    for bytes in Self.sequences {
      #expect((UTF8Validation.firstInvalidOffset(bytes) == nil) == Self.isWellFormed(bytes), "\(bytes)")
    }
  }

  @Test func rawPathsKeepEveryByteAndDecodeWhatIsWellFormed() {
    for bytes in Self.sequences {
      let name = RawPath.string(bytes)
      #expect(RawPath.bytes(of: name) == bytes, "\(bytes)")
      if Self.isWellFormed(bytes) { #expect(name == String(decoding: bytes, as: UTF8.self), "\(bytes)") }
    }
  }

  @Test func scalarIndexCountsTheScalarsOfTheRepairedText() {
    for bytes in Self.sequences {
      let index = ScalarIndex(bytes)
      let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars.count
      #expect(index.scalars(before: bytes.count, in: bytes) == expected, "\(bytes)")
    }
  }

  @Test func firstIndexFindsAByteInsideARangeThatDoesNotStartAtZero() {
    let bytes: [UInt8] = Array("a|b|c".utf8)
    #expect(ByteText.firstIndex(of: UInt8(ascii: "|"), in: bytes, 2..<5) == 3)
    #expect(ByteText.firstIndex(of: UInt8(ascii: "|"), in: bytes, 4..<5) == nil)
  }

  @Test func mutexHandsBackWhatItsBodyReturns() {
    let mutex = Mutex()
    #expect(mutex.locked { 41 + 1 } == 42)
  }
}
