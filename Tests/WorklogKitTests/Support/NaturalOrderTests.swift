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
