import Testing

@testable import WorklogKit

@Suite struct TextTableTests {
  @Test func aTableThatFitsKeepsItsNaturalWidths() {
    var table = TextTable([.init("Week", .right), .init("Title")])
    table.append(["8", "Week 8 Worklog"])
    table.append(["12", "Week 12"])
    #expect(
      table.render(width: 80) == """
        Week  Title
        ----  --------------
           8  Week 8 Worklog
          12  Week 12

        """)
  }

  @Test func aTooWideTableWrapsItsWidestColumn() {
    var table = TextTable([.init("Day"), .init("Task"), .init("Dates")])
    table.append(["2", "Study Lambda basics: handlers, runtimes, memory and timeouts", "2025-10-27"])
    table.spacedWhenWrapped = true
    table.append(["3", "Learn execution roles", "2025-10-28"])
    let text = table.render(width: 40)
    #expect(
      text == """
        Day  Task                     Dates
        ---  -----------------------  ----------
        2    Study Lambda basics:     2025-10-27
             handlers, runtimes,
             memory and timeouts

        3    Learn execution roles    2025-10-28

        """)
    #expect(text.split(separator: "\n").allSatisfy { WordWrap.width($0) <= 40 })
  }

  @Test func columnsNeverShrinkBelowTheirMinimum() {
    var table = TextTable([.init("Site", minWidth: 12), .init("Weeks", .right)])
    table.append(["a-very-long-site-name-indeed", "12"])
    #expect(table.widths(fitting: 10) == [12, 5])
  }

  @Test func aWordWiderThanItsColumnIsCutShortNotSplit() {
    var table = TextTable([.init("Site", minWidth: 8), .init("Task")])
    table.append(["an", "Read https://docs.example.com/a/very/long/page/name today"])
    let text = table.render(width: 30)
    #expect(
      text == """
        Site  Task
        ----  ------------------------
        an    Read
              https://docs.example.co…
              today

        """)
  }

  @Test func aTruncatingColumnKeepsItsSpacesAndCutsWithAnEllipsis() {
    var table = TextTable([
      .init("Site", minWidth: 6, truncates: true), .init("Weeks\n1    6", truncates: true),
      .init("Dates", minWidth: 10),
    ])
    table.append(["chi-tran-first-internship", "●●  ● ●", "2025-09-08..09-12"])
    let text = table.render(width: 30)
    #expect(
      text == """
        Site       Weeks    Dates
                   1    6
        ---------  -------  ----------
        chi-tran…  ●●  ● ●  2025-09-0…

        """)
    #expect(text.split(separator: "\n").allSatisfy { WordWrap.width($0) <= 30 })
  }

  @Test func truncationCountsColumnsNotCharacters() {
    #expect(TextTable.truncated("Nguyễn Văn An", width: 8) == "Nguyễn…")
    #expect(TextTable.truncated("短い名前です", width: 7) == "短い名…")
    #expect(TextTable.truncated("an", width: 8) == "an")
  }
}
