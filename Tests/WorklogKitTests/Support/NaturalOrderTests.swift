import Testing

@testable import WorklogKit

@Suite struct NaturalOrderTests {
  @Test func numbersCompareByValue() {
    #expect(NaturalOrder.sorted(["week-10", "week-2", "week-1"]) == ["week-1", "week-2", "week-10"])
    #expect(
      NaturalOrder.sorted(["1.10-Week10", "1.9-Week9", "1.1-Week1"]) == ["1.1-Week1", "1.9-Week9", "1.10-Week10"])
  }

  @Test func theOrderIsTotal() {
    // Equal in value, different in bytes: the bytes decide, both ways the same.
    #expect(NaturalOrder.precedes("week-02", "week-2") != NaturalOrder.precedes("week-2", "week-02"))
    #expect(!NaturalOrder.precedes("a", "a"))
    #expect(NaturalOrder.precedes("week", "week-1"))
    #expect(NaturalOrder.precedes("Week2", "week1"))  // bytes outside digits: uppercase first
    #expect(NaturalOrder.sorted(["b", "a10", "a9", "a"]) == ["a", "a9", "a10", "b"])
  }
}

/// The comparison that skips the bytes two names share against the walk from their first byte.
@Suite struct NaturalOrderPrefixTests {
  static func agree(_ a: String, _ b: String) -> Bool {
    var (a, b) = (a, b)
    return a.withUTF8 { x in
      b.withUTF8 { y in
        NaturalOrder.precedes(x, y) == NaturalOrder.precedesByWalking(x, y)
          && NaturalOrder.precedes(y, x) == NaturalOrder.precedesByWalking(y, x)
      }
    }
  }

  /// Names that part inside a digit run, after one, at a leading zero, past eight shared bytes,
  /// or where one ends.
  @Test(arguments: [
    ("site/content/1-Worklog/1.9-Week9/_index.md", "site/content/1-Worklog/1.10-Week10/_index.md"),
    ("site/content/1-Worklog/1.10-Week10/_index.md", "site/content/1-Worklog/1.10-Week10/_index.vi.md"),
    ("week-02", "week-2"), ("week-2", "week-2a"), ("week-19", "week-2"), ("a123456789b", "a123456789"),
    ("worklogs/week-0010", "worklogs/week-009"), ("12345678901", "1234567890"), ("", "1"), ("same", "same"),
    ("Week2", "week1"), ("path/Tuần 9/ghi chép", "path/Tuần 10/ghi chép"), ("site/week-12", "site/week-1a"),
    ("v10", "v1-"),
  ])
  func namesPartingAnywhereCompareAsTheWalkHasThem(_ a: String, _ b: String) {
    #expect(Self.agree(a, b))
  }

  /// Every pair of many generated names: digits, letters and slashes in short runs, so that they
  /// share prefixes of every length and part at every kind of byte.
  @Test func generatedNamesCompareAsTheWalkHasThem() {
    let pieces = ["0", "1", "9", "10", "007", "a", "B", "/", "-", "ệ", "week", "12345678"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var names: [String] = []
    for _ in 0..<300 {
      var name = "site/content/"
      for _ in 0..<(next() % 6) { name += pieces[next() % pieces.count] }
      names.append(name)
    }
    var disagreements = 0
    for a in names { for b in names where !Self.agree(a, b) { disagreements += 1 } }
    #expect(disagreements == 0)
  }
}
