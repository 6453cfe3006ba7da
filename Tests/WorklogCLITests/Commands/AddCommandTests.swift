import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// `worklog add`: which page and row take the task, the bytes written, and the refusals.
@Suite struct AddCommandTests {
  static let week1 = "site/content/1-Worklog/1.1-Week1/_index.md"
  static let week2 = "site/content/1-Worklog/1.2-Week2/_index.md"
  static let week1vi = "site/content/1-Worklog/1.1-Week1/_index.vi.md"

  /// A week page whose task table is `table` (header, separator and rows), lines joined by `newline`.
  static func page(_ week: Int, _ table: [String], newline: String = "\n", tasksHeading: String = "### Tasks:")
    -> String
  {
    let lines =
      [
        "---", "title: \"Week \(week) Worklog\"", "weight: \(week)", "chapter: false", "pre: \" <b> 1.\(week). </b> \"",
        "---", "", "### Week \(week) Objectives:", "- Learn the basics", "", tasksHeading,
      ] + table + ["", "### Week \(week) Achievements:", "- Set up an account", ""]
    return lines.joined(separator: newline)
  }

  static let header = [
    "| Day | Task | Start Date | Completion Date | Reference Material |", "| --- | --- | --- | --- | --- |",
  ]

  /// A week-1 table in October 2025, day first.
  static func dayFirst(_ rows: [String]) -> [String] { header + rows }

  struct Outcome {
    var status: WorklogCLI.ExitStatus
    var stdout: String
    var stderr: String
    var files: [String: String]
  }

  static func add(_ arguments: [String], _ files: [String: String], today: CalendarDate = CommandRun.defaultToday)
    -> Outcome
  {
    let fs = WritableMemoryFileSystem(files)
    let run = CommandRun(["add"] + arguments, fileSystem: fs, today: today)
    return Outcome(
      status: run.status, stdout: run.stdout, stderr: run.stderr,
      files: fs.files.mapValues { String(decoding: $0, as: UTF8.self) })
  }

  /// The table lines of `file` (those starting with `|`).
  static func rows(_ text: String?) -> [String] {
    (text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.hasPrefix("|") }
      .map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
  }

  @Test func fillsTheDaysEmptyRow() {
    let before = Self.page(
      1, Self.dayFirst(["| 2 | Set up | 13/10/2025 | 13/10/2025 | |", "| 3 |  | 14/10/2025 | 14/10/2025 | |"]))
    let out = Self.add(["Wrote the plan", "site", "--date", "2025-10-14"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(Self.rows(out.files[Self.week1]).last == "| 3 | Wrote the plan | 14/10/2025 | 14/10/2025 | |")
    #expect(out.stdout == "added to \(Self.week1) line 15 (the day's empty row): Wrote the plan\n")
  }

  @Test func joinsAFilledRowWithTheCellsOwnBreak() {
    let before = Self.page(
      1, Self.dayFirst(["| 2 | - Read the guide <br> - Took notes | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["Asked questions", "site", "--date", "2025-10-13"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(
      Self.rows(out.files[Self.week1]).last
        == "| 2 | - Read the guide <br> - Took notes <br> - Asked questions | 13/10/2025 | 13/10/2025 | |")
  }

  @Test func insertsARowByDateInTheTablesStyle() {
    let before = Self.page(
      1, Self.dayFirst(["| 2 | Set up | 13/10/2025 | 13/10/2025 | - |", "| 5 | Demo | 16/10/2025 | 16/10/2025 | - |"]))
    let out = Self.add(["Pair review", "site", "--date", "2025-10-15"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(
      Self.rows(out.files[Self.week1]).dropFirst(2)
        == [
          "| 2 | Set up | 13/10/2025 | 13/10/2025 | - |", "| 4 | Pair review | 15/10/2025 | 15/10/2025 |  |",
          "| 5 | Demo | 16/10/2025 | 16/10/2025 | - |",
        ])
  }

  @Test func monthFirstTablesGetMonthFirstDates() {
    let before = Self.page(
      1, Self.dayFirst(["| Mon | Set up | 10/13/2025 | 10/13/2025 | |", "| Tue | Read | 10/14/2025 | 10/14/2025 | |"]))
    let out = Self.add(["Practised", "site", "--date", "2025-10-17"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(Self.rows(out.files[Self.week1]).last == "| Fri | Practised | 10/17/2025 | 10/17/2025 | |")
  }

  @Test(arguments: [
    ("| 2 | a | 13/10/2025 | 13/10/2025 | |", "| 4 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| 1 | a | 13/10/2025 | 13/10/2025 | |", "| 3 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| Thứ 2 | a | 13/10/2025 | 13/10/2025 | |", "| Thứ 4 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| T2 | a | 13/10/2025 | 13/10/2025 | |", "| T4 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| **Monday** | a | 13/10/2025 | 13/10/2025 | |", "| **Wednesday** | b | 15/10/2025 | 15/10/2025 | |"),
    ("| Day 1 | a | 13/10/2025 | 13/10/2025 | |", "| Day 3 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| 17 | a | 13/10/2025 | 13/10/2025 | |", "| 18 | b | 15/10/2025 | 15/10/2025 | |"),
    ("| 2 | a | 2025-10-13 | 2025-10-13 | |", "| 4 | b | 2025-10-15 | 2025-10-15 | |"),
    ("| 2 | a | 13.10.25 | 13.10.25 | |", "| 4 | b | 15.10.25 | 15.10.25 | |"),
  ])
  func dayCellsAndDatesFollowTheTable(existing: String, expected: String) {
    let out = Self.add(["b", "site", "--date", "2025-10-15"], [Self.week1: Self.page(1, Self.dayFirst([existing]))])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(Self.rows(out.files[Self.week1]).last == expected)
  }

  @Test func crlfTablesStayCRLFAndBytesOutsideTheEditAreKept() throws {
    let before = Self.page(
      1, Self.dayFirst(["| 2 | Set up | 13/10/2025 | 13/10/2025 | |"]), newline: "\r\n")
    let out = Self.add(["Read", "site", "--date", "2025-10-14"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    let after = try #require(out.files[Self.week1])
    let inserted = "\r\n| 3 | Read | 14/10/2025 | 14/10/2025 | |"
    let at = try #require(before.range(of: "13/10/2025 | |")).upperBound
    #expect(after == String(before[..<at]) + inserted + String(before[at...]))
    #expect(!after.replacingAll("\r\n", with: "").contains("\n"))
  }

  @Test func paddedTablesKeepTheirWidths() {
    let table = [
      "| Day | Task            | Start Date | Completion Date | Reference |",
      "| :-- | :-------------- | ---------: | :-------------: | --------- |",
      "| 2   | Set up          | 13/10/2025 |   13/10/2025    |           |",
    ]
    let out = Self.add(["Read docs", "site", "--date", "2025-10-14"], [Self.week1: Self.page(1, table)])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(
      Self.rows(out.files[Self.week1]).last == "| 3   | Read docs       | 14/10/2025 |   14/10/2025    |           |")
    let joined = Self.add(["Notes", "site", "--date", "2025-10-13"], [Self.week1: Self.page(1, table)])
    #expect(
      Self.rows(joined.files[Self.week1]).last == "| 2   | Set up<br>Notes | 13/10/2025 |   13/10/2025    |           |"
    )
  }

  @Test func aDateInTheNextWeekPicksTheNextPage() {
    let one = Self.page(
      1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |", "| 6 | e | 17/10/2025 | 17/10/2025 | |"]))
    let two = Self.page(2, Self.dayFirst(["| 2 | f | 20/10/2025 | 20/10/2025 | |"]))
    let out = Self.add(["Weekend reading", "site", "--date", "2025-10-21"], [Self.week1: one, Self.week2: two])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(out.files[Self.week1] == one)
    #expect(Self.rows(out.files[Self.week2]).last == "| 3 | Weekend reading | 21/10/2025 | 21/10/2025 | |")
    // A Saturday after week 1's last row still belongs to week 1.
    let saturday = Self.add(["Lab", "site", "--date", "2025-10-18"], [Self.week1: one, Self.week2: two])
    #expect(Self.rows(saturday.files[Self.week1]).last == "| 7 | Lab | 18/10/2025 | 18/10/2025 | |")
  }

  @Test func aDateBeforeAnyWeekIsRefused() {
    let one = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["x", "site", "--date", "2025-09-01"], [Self.week1: one])
    #expect(out.status == .failure)
    #expect(out.stderr.contains("2025-09-01 is before week 1"))
    #expect(out.files[Self.week1] == one)
    let configured = Self.add(
      ["x", "site", "--date", "2025-10-01"],
      [Self.week1: one, "site/.worklog.json": #"{ "programStart": "2025-10-13" }"#])
    #expect(configured.stderr.contains("2025-10-01 is before week 1, which starts on 2025-10-13 (programStart)"))
  }

  @Test func aWeekNotYetCreatedIsCreatedByNewWithTheTaskInIt() {
    let one = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["Wrote the report", "site", "--date", "2025-10-29"], [Self.week1: one])
    #expect(out.status == .success, "\(out.stderr)")
    let week3 = "site/content/1-Worklog/1.3-Week3/_index.md"
    #expect(out.stdout.contains("created \(week3) (week 3 had no page)"), "\(out.stdout)")
    #expect(out.files[Self.week1] == one)
    // The page `new` writes, in the site's style, with the task on its Wednesday's row.
    let rows = Self.rows(out.files[week3])
    #expect(rows.contains("| 4   | Wrote the report | 29/10/2025 | 29/10/2025 |     |"), "\(rows)")
    #expect(rows.contains { $0.contains("27/10/2025") })
    #expect(out.files[week3]?.contains("weight: 3") == true)
    // With programStart, the week and its dates come from it: 2025-11-12 is week 5.
    let placed5 = Self.add(
      ["x", "site", "--date", "2025-11-12"],
      [Self.week1: one, "site/.worklog.json": #"{ "programStart": "2025-10-13" }"#])
    #expect(placed5.status == .success, "\(placed5.stderr)")
    #expect(
      Self.rows(placed5.files["site/content/1-Worklog/1.5-Week5/_index.md"]).contains {
        $0.contains("| x | 12/11/2025")
      })
    // With programStart, a page without dates is found by its week number.
    let empty = Self.page(2, Self.dayFirst(["| 2 |  |  |  | |", "| 3 |  |  |  | |"]))
    let placed = Self.add(
      ["Read", "site", "--date", "2025-10-14"],
      [Self.week2: empty, "site/.worklog.json": #"{ "programStart": "2025-10-06" }"#])
    #expect(placed.status == .success, "\(placed.stderr)")
    #expect(Self.rows(placed.files[Self.week2]).last == "| 3 | Read | 2025-10-14 | 2025-10-14 | |")
  }

  @Test func langAllWritesBothTwinsInTheirOwnStyles() {
    let en = Self.page(
      1, Self.dayFirst(["| Mon | a | 10/13/2025 | 10/13/2025 | |", "| Tue | b | 10/14/2025 | 10/14/2025 | |"]))
    let vi = Self.page(
      1,
      [
        "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Tài liệu |", "| --- | --- | --- | --- | --- |",
        "| Thứ 2 | a | 13/10/2025 | 13/10/2025 | |",
      ], tasksHeading: "### Công việc cần triển khai trong tuần này:")
    let out = Self.add(
      ["Deploy", "site", "--date", "2025-10-15", "--lang", "all"], [Self.week1: en, Self.week1vi: vi])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(Self.rows(out.files[Self.week1]).last == "| Wed | Deploy | 10/15/2025 | 10/15/2025 | |")
    #expect(Self.rows(out.files[Self.week1vi]).last == "| Thứ 4 | Deploy | 15/10/2025 | 15/10/2025 | |")
    let viOnly = Self.add(
      ["Deploy", "site", "--date", "2025-10-15", "--lang", "vi"], [Self.week1: en, Self.week1vi: vi])
    #expect(viOnly.files[Self.week1] == en)
    #expect(viOnly.files[Self.week1vi] != vi)
  }

  @Test func pipesAreEscapedAndReferencesWritten() {
    let before = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | <https://a.example> |"]))
    let out = Self.add(
      ["grep a|b", "site", "--date", "2025-10-14", "--ref", "https://b.example/x"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(
      Self.rows(out.files[Self.week1]).last == #"| 3 | grep a\|b | 14/10/2025 | 14/10/2025 | <https://b.example/x> |"#)
    let titled = Self.add(
      ["Read", "site", "--date", "2025-10-13", "--ref", "https://c.example", "--ref-title", "Guide"],
      [Self.week1: before])
    #expect(
      Self.rows(titled.files[Self.week1]).last
        == "| 2 | a<br>Read | 13/10/2025 | 13/10/2025 | <https://a.example><br>[Guide](https://c.example) |")
  }

  @Test func dryRunPrintsADiffAndWritesNothing() {
    let before = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["b", "site", "--date", "2025-10-14", "--dry-run"], [Self.week1: before])
    #expect(out.status == .success)
    #expect(out.files[Self.week1] == before)
    #expect(out.stdout.contains("+| 3 | b | 14/10/2025 | 14/10/2025 | |\n"))
    #expect(out.stderr == "would add to \(Self.week1) line 15 (a new row): b\n")
  }

  @Test func todayAndYesterdayComeFromTheClock() {
    let before = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let today = Self.add(["b", "site"], [Self.week1: before])
    #expect(Self.rows(today.files[Self.week1]).last == "| 4 | b | 15/10/2025 | 15/10/2025 | |")
    let yesterday = Self.add(["b", "site", "--date", "yesterday"], [Self.week1: before])
    #expect(Self.rows(yesterday.files[Self.week1]).last == "| 3 | b | 14/10/2025 | 14/10/2025 | |")
  }

  @Test func refusals() {
    let noTable = Self.page(1, ["Worked on the lab all week."])
    let out = Self.add(
      ["b", "site", "--date", "2025-10-14"],
      [Self.week1: noTable, Self.week2: Self.page(2, Self.dayFirst(["| 2 | a | 20/10/2025 | 20/10/2025 | |"]))])
    #expect(out.status == .failure)
    #expect(out.stderr.contains("\(Self.week1): the page has no task table to add to"))
    #expect(out.files[Self.week1] == noTable)
    let newline = Self.add(["a\nb", "site"], [Self.week1: noTable])
    #expect(newline.status == .failure)
    #expect(newline.stderr.hasPrefix("worklog add: the task text holds a line break"))
    let badDate = Self.add(["a", "site", "--date", "15/10/2025"], [Self.week1: noTable])
    #expect(badDate.stderr.hasPrefix("worklog add: --date must be YYYY-MM-DD, today or yesterday, not '15/10/2025'"))
  }

  @Test func aFileChangedBeforeTheWriteIsNotClobbered() {
    let before = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let fs = WritableMemoryFileSystem([Self.week1: before])
    let theirs = Array((before + "edited elsewhere\n").utf8)
    fs.beforeReplace { fs, path in fs.set(path, theirs) }
    let run = CommandRun(["add", "b", "site", "--date", "2025-10-14"], fileSystem: fs)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("changed since it was read; not written"))
    #expect(fs.files[Self.week1] == theirs)
  }
}

extension AddCommandTests {
  static let week3 = "site/content/1-Worklog/1.3-Week3/_index.md"

  @Test func aDayTwoWeeksHoldGoesToTheWeekItBegins() {
    let two = Self.page(
      2, Self.dayFirst(["| 2 | a | 20/10/2025 | 20/10/2025 | |", "| 2 | b | 27/10/2025 | 27/10/2025 | |"]))
    let three = Self.page(
      3, Self.dayFirst(["| 2 | c | 27/10/2025 | 27/10/2025 | |", "| 3 | d | 28/10/2025 | 28/10/2025 | |"]))
    let out = Self.add(["e", "site", "--date", "2025-10-27"], [Self.week2: two, Self.week3: three])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(out.files[Self.week2] == two)
    #expect(out.files[Self.week3] != three)
  }

  @Test func aCopiedWeekIsAGuessAndRefused() {
    let one = Self.page(1, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let three = Self.page(3, Self.dayFirst(["| 2 | a | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["e", "site", "--date", "2025-10-13"], [Self.week1: one, Self.week3: three])
    #expect(out.status == .failure)
    #expect(out.stderr.contains("2025-10-13 is in the task tables of weeks 1 and 3, which start the same day"))
    let configured = Self.add(
      ["e", "site", "--date", "2025-10-13"],
      [Self.week1: one, Self.week3: three, "site/.worklog.json": #"{ "programStart": "2025-09-29" }"#])
    #expect(configured.status == .success, "\(configured.stderr)")
    #expect(configured.files[Self.week1] == one)
  }
}

extension AddCommandTests {
  @Test func aJoinFitsInTheRowsOwnPadding() {
    let before = Self.page(1, Self.dayFirst(["| 2 | Set up                 | 13/10/2025 | 13/10/2025 | |"]))
    let out = Self.add(["Notes", "site", "--date", "2025-10-13"], [Self.week1: before])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(Self.rows(out.files[Self.week1]).last == "| 2 | Set up<br>Notes        | 13/10/2025 | 13/10/2025 | |")
  }

  @Test func helpAndRegistration() {
    #expect(CLI.commands.contains { $0.name == "add" })
    let run = CommandRun(["add", "--help"])
    #expect(run.status == .success)
    #expect(run.stdout.hasPrefix("Usage: worklog add TEXT [SITE]"))
  }
}

extension AddCommandTests {
  @Test func aTableWithoutDatesTakesTheDayByItsName() {
    let table = [
      "| Day | Task | Status |", "| --- | --- | --- |", "| Monday | Set up | Done |", "| Thursday | Demo | Done |",
    ]
    let out = Self.add(
      ["Read", "site", "--date", "2025-10-15"],
      [Self.week1: Self.page(1, table), "site/.worklog.json": #"{ "programStart": "2025-10-13" }"#])
    #expect(out.status == .success, "\(out.stderr)")
    #expect(
      Self.rows(out.files[Self.week1]).dropFirst(2) == [
        "| Monday | Set up | Done |", "| Wednesday | Read |  |", "| Thursday | Demo | Done |",
      ])
  }
}
