import Testing

@testable import WorklogKit

@Suite struct RuleSelectionTests {
  let rule = RuleRegistry.all[0].description

  @Test func aRuleIsNamedByNameCodeOrALongEnoughPrefix() {
    #expect(RuleSelection.matches(rule.name, rule))
    #expect(RuleSelection.matches(rule.code, rule))
    #expect(RuleSelection.matches(rule.code.lowercased(), rule))
    #expect(RuleSelection.matches(String(rule.code.prefix(3)), rule))
    #expect(!RuleSelection.matches(String(rule.code.prefix(2)), rule))
    #expect(!RuleSelection.matches(rule.name.uppercased(), rule))
  }

  @Test func unmatchedCodesAreListedInTheOrderGiven() {
    let selection = RuleSelection(select: ["WL9Z", rule.code], ignore: ["no-such-rule", "wl"])
    #expect(selection.unmatched() == ["WL9Z", "no-such-rule", "wl"])
    #expect(RuleSelection(select: [rule.name], ignore: [String(rule.code.prefix(3))]).unmatched() == [])
  }

  @Test func includesAgreesWithMatches() {
    let selection = RuleSelection(select: [String(rule.code.prefix(3))], ignore: [rule.name])
    #expect(!selection.includes(rule))
    #expect(RuleSelection(select: [rule.code]).includes(rule))
  }
}
