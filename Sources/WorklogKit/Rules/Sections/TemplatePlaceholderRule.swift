/// WL204: a placeholder item or the template's notice is still on a week page.
struct TemplatePlaceholderRule: LintRule {
  let description = RuleDescription(
    code: "WL204", name: "template-placeholder", severity: .warning,
    summary:
      "A placeholder left from the template: an item that is only `...`, `Task 1`, a writing prompt, or the notice not to copy the sample.",
    rationale: """
      The worklog template ships sample weeks with `...` items, numbered stand-ins, prompts \
      addressed to the intern and a notice asking not to copy the sample verbatim. Left on a \
      published page they show the week was not really written. Task table cells are left to \
      the task table rules. Pages with `draft: true` are skipped: Hugo does not publish them.
      """,
    triggering: [
      RuleExample(
        """
        ### Week 3 Achievements:

        * Learned the main VPC building blocks:
          * Subnets
          * ↓...
        * ↓Task 2

        """),
      RuleExample(
        """
        ### Week 3 Objectives:

        - ↓Describe your objectives for Week 3.

        """),
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---
        ↓{{% notice warning %}}
        This sample is for reference only; do not copy it verbatim.
        {{% /notice %}}

        """,
        fixed: """
          ---
          title: "Week 3 Worklog"
          ---

          """),
      RuleExample(
        "---\r\ntitle: \"Week 3 Worklog\"\r\n---\r\n### Week 3 Objectives\r\n↓{{% notice info %}}\r\nDo not copy this sample verbatim.\r\n{{% /notice %}}",
        fixed: "---\r\ntitle: \"Week 3 Worklog\"\r\n---\r\n### Week 3 Objectives"),
    ],
    nonTriggering: [
      RuleExample(
        """
        ### Week 3 Achievements:

        * **Task 2: Launch an EC2 instance** with a key pair.
        * Wrote the tasks for the team's next sprint... and reviewed them.

        """),
      RuleExample(
        """
        <!-- {{% notice warning %}}
        Do not copy this sample verbatim.
        {{% /notice %}} -->
        {{% notice info %}}
        Copied the lab's CloudFormation template into the project repository.
        {{% /notice %}}

        """),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, !page.isDraft else { return [] }
    var out: [Diagnostic] = []
    for notice in page.templateText.notices where Self.asksNotToCopy(notice.text) {
      out.append(
        finding(
          page.source, page.source.range(notice.open),
          "the template's notice not to copy the sample is still on the page",
          fix: "Remove the `{{% notice %}}` block: it belongs to the template, not to your worklog.",
          autofix: noticeFix(page.source, open: notice.openLine, close: notice.closeLine)))
    }
    // The file taken once: read through the page's accessor at each line, it was copied each time.
    let source = page.source
    for line in page.templateText.lines {
      guard let what = Self.placeholder(line, of: source) else { continue }
      out.append(
        finding(
          source, source.range(line.content), "placeholder \(what) left from the template",
          fix: "Replace it with what you actually did this week, or remove it."))
    }
    return out
  }

  /// Whether a notice's text asks the reader not to copy the sample.
  static func asksNotToCopy(_ text: String) -> Bool {
    let t = text.foldedForMatching
    if t.contains("verbatim") || t.contains("nguyên văn") { return true }
    return (t.contains("copy") || t.contains("sao chép")) && (t.contains("reference") || t.contains("tham khảo"))
  }

  /// Section nouns a numbered stand-in or a writing prompt names.
  static let sectionNouns = [
    "task", "item", "objective", "goal", "achievement", "result", "outcome", "activity",
    "công việc", "nhiệm vụ", "mục tiêu", "kết quả", "thành tựu", "hoạt động",
  ]
  /// Word stems a writing prompt asks about (`what you learned`, `what you achieved`).
  static let promptTopics = sectionNouns + ["achiev", "accomplish", "learn", "activit", "đạt được", "học được"]
  /// Verbs that open a prompt addressed to the intern.
  static let promptVerbs = [
    "describe", "write", "list", "enter", "fill in", "add", "summarize", "mô tả", "liệt kê", "điền", "ghi", "viết",
    "nhập",
  ]
  /// Each prompt verb with the space that ends it.
  static let promptVerbsSpaced = promptVerbs.map { $0 + " " }
  /// The prompt verbs written in ASCII, as bytes.
  static let asciiPromptVerbs = promptVerbs.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

  /// The ASCII letters prompt verbs open with.
  static let verbFirstLetters = Set(promptVerbs.compactMap { $0.utf8.first }.filter { $0 < 0x80 })

  /// Whether the first 12 characters of `text`, lower-cased, open with a prompt verb.
  ///
  /// When the first 13 bytes are printable ASCII they are 12 characters of their own (the 13th
  /// extends none of them) and a verb with a letter outside ASCII cannot open them, so the
  /// bytes are compared; other text is compared as characters.
  static func opensWithPromptVerb(_ text: String) -> Bool {
    // The first letter decides most texts: a verb opens with one of a few ASCII letters or with
    // `đ` (which has no decomposed form), and no letter outside ASCII lower-cases to one of those
    // ASCII letters (`PlaceholderScreenTests`).
    let bytes = Array(text.utf8.prefix(2))
    guard let first = bytes.first else { return false }
    if first >= 0x80 {
      guard first == 0xC4, bytes.count == 2, bytes[1] & 0xFE == 0x90 else { return false }
    } else if !verbFirstLetters.contains(ByteText.lowerASCII(first)) {
      return false
    }
    // A verb's ASCII start must be the text's first bytes, in any case: a character that
    // lower-cases to an ASCII letter is that letter (or the Kelvin sign, which starts no verb).
    let heads = verbHeadsAgreeing(text)
    guard heads.contains(true) else { return false }
    let head = text.utf8.prefix(13)
    if head.count == 13 && head.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      let lower = head.prefix(12).map(ByteText.lowerASCII)
      return asciiPromptVerbs.contains { lower.starts(with: $0) }
    }
    let lowered = text.prefix(12).lowercased()
    // Only the verbs whose ASCII start the text's bytes agree with (`verbHeadsAgreeing`).
    return promptVerbs.indices.contains(where: { heads[$0] && lowered.hasPrefix(promptVerbs[$0]) })
  }

  /// Words that tie a prompt to the page it sits on.
  static let promptTargets = ["this week", "your", "here", "tuần này", "của bạn", "vào đây"]
  /// Whole items that only say the content is still to come. `TODO` is not one: alone on a
  /// line it is as often a Kanban column as a stand-in.
  static let standIns: Set<String> = ["tbd", "updating", "coming soon", "đang cập nhật", "sẽ cập nhật"]

  /// How to name `text` if it is a placeholder, else nil.
  static func placeholder(_ text: String) -> String? {
    // Stand-ins and prompts are a few words; longer text is the intern's own.
    guard text.utf8.count <= 200 else { return nil }
    // The first character settles most plain text (`mayOpenPlaceholder`).
    var bytes = text
    let none = bytes.withUTF8 { buf -> Bool in
      let plain = ScalarCharacters.areCharacters(buf, 0..<buf.count)
      if plain && !mayOpenPlaceholder(buf) { return true }
      // Text without a word some placeholder holds is none: ASCII text told by
      // `lacksPlaceholderWord`, other plain text by `lacksFoldedPlaceholderWord`.
      if lacksPlaceholderWord(buf) { return true }
      return plain && lacksFoldedPlaceholderWord(buf)
    }
    return none ? nil : placeholderByWords(text)
  }

  /// `placeholder` read word by word, without the first character's screen: the reference.
  static func placeholderByWords(_ text: String) -> String? {
    guard text.utf8.count <= 200 else { return nil }
    // Stand-ins, dots and `Task 1` are under 32 bytes; longer text can only be a prompt, which
    // opens with a prompt verb.
    if text.utf8.count > 32 {
      guard opensWithPromptVerb(text) else { return nil }
    }
    let t = text.foldedForMatching
    guard !t.isEmpty else { return nil }
    if t.allSatisfy({ $0 == "." || $0 == "…" }), t.count <= 5 { return "item '\(text)'" }
    // Without a `…` anywhere the set is ASCII, which the bytes trim.
    let bare =
      !mayEndWithStop(t)
      ? t : t.utf8.contains(0xA6) ? t.trimmingCharacters(in: ".:!…") : t.trimmingCharacters(in: ".:!")
    if standIns.contains(bare) { return "item '\(text)'" }
    // ASCII text opens with no word written outside ASCII, and compares as bytes.
    let ascii = t.utf8.allSatisfy { $0 < 0x80 }
    // `Task 1`, `Mục tiêu 2`: a section noun and a number, nothing else.
    // Every noun and verb opens with a scalar that has no decomposed form, so a text whose first
    // byte differs cannot open with it (`firstBytesAgree`).
    for noun in sectionNouns
    where ascii ? bare.utf8.starts(with: noun.utf8) : firstBytesAgree(bare, noun) && bare.hasPrefix(noun) {
      let rest = String(bare.dropFirst(noun.count)).trimmingCharacters(in: " #")
      if !rest.isEmpty, rest.count <= 2, rest.allSatisfy(\.isNumber) { return "item '\(text)'" }
    }
    // `Describe the goal for Week N.`: a prompt verb, a section noun and a pointer to this page.
    if promptVerbsSpaced.contains(where: {
      ascii ? t.utf8.starts(with: $0.utf8) : firstBytesAgree(t, $0) && t.hasPrefix($0)
    }),
      t.split(separator: " ").count <= 10,
      promptTopics.contains(where: { t.contains($0) }),
      promptTargets.contains(where: { t.contains($0) }) || t.number(after: "week") != nil
        || t.number(after: "tuần") != nil
    {
      return "prompt '\(text)'"
    }
    return nil
  }
}
