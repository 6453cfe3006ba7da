import Testing

@testable import WorklogKit

/// The byte-key table finds a key exactly when its bytes equal the text's.
@Suite struct ByteKeyTableTests {
  static let keys = ["", "a", "ab", "ba", "Thứ 2", "Thu\u{031B}\u{0301} 2", "Monday", "Mon", "monday"]

  @Test func findsEachKeyAtItsPlace() {
    let table = ByteKeyTable(ByteKeyTableTests.keys.map { Array($0.utf8) })
    for (i, key) in ByteKeyTableTests.keys.enumerated() {
      #expect(table.index(of: key) == i, "\(key)")
      #expect(table.index(of: Array(key.utf8)) == i, "\(key)")
    }
  }

  @Test(arguments: ["b", "abc", "Thứ 3", "MONDAY", "Monday ", " Mon", "Mo", "Mondays", "🇻🇳"])
  func findsNoOtherText(_ text: String) {
    let table = ByteKeyTable(ByteKeyTableTests.keys.map { Array($0.utf8) })
    #expect(table.index(of: text) == nil)
  }

  @Test func emptyTableFindsNothing() {
    #expect(ByteKeyTable([]).index(of: "") == nil)
    #expect(ByteKeyTable([]).index(of: "x") == nil)
  }
}
