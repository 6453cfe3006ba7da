import Testing

@testable import WorklogKit

/// The template-placeholder rule's word screen (`lacksPlaceholderWord`) passes every ASCII
/// placeholder on to the word-by-word reading, and answers nothing for other text.
@Suite struct PlaceholderWordsTests {
  static func lacks(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { TemplatePlaceholderRule.lacksPlaceholderWord($0) }
  }

  @Test func placeholdersAreNeverScreenedOut() {
    for text in [
      "TBD", "Updating...", "Coming   soon!", "Task 1", "ITEM #2", "Objective 12", "goal 3", "Result 1", "Outcome 2",
      "Activity 4", "Achievement 1", "Describe the goal for Week 3.", "List what you LEARNED this week",
      "Write your accomplishments here", "Summarize the activities of week 2",
    ] {
      #expect(!Self.lacks(text), "\(text)")
      #expect(TemplatePlaceholderRule.placeholderByWords(text) != nil, "\(text)")
    }
  }

  @Test func plainProseIsScreenedOut() {
    for text in ["Read the EC2 guide", "Deploy a VPC with two subnets", "Ta sk 1", "Go al 2"] {
      #expect(Self.lacks(text), "\(text)")
      #expect(TemplatePlaceholderRule.placeholderByWords(text) == nil, "\(text)")
    }
  }

  @Test func textOutsideASCIIOrWithoutALetterIsNotAnswered() {
    for text in ["...", "…", "12.", "", "Mục tiêu 2", "Đọc tài liệu", "İtem 1", "Mo\u{0302} ta\u{0309}"] {
      #expect(!Self.lacks(text), "\(text)")
    }
  }
}
