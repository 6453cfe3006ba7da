import Testing

@testable import WorklogCLI
@testable import WorklogKit

@Suite struct ClockTests {
  @Test func pinnedDateIsUsed() {
    #expect(Environment.clock("2025-10-06")() == CalendarDate(year: 2025, month: 10, day: 6))
  }

  @Test func malformedPinFallsBackToTheLocalDate() {
    let local = CalendarDate.localToday()
    for pin in ["2025-13-01", "6/10/2025", "2025-10-06T09:00", ""] {
      let today = Environment.clock(pin)()
      // The local date may roll over between the two reads; never to the pinned text.
      #expect(abs(local.days(to: today)) <= 1, "pin \(pin)")
    }
  }

  @Test func harnessClockIsInjected() {
    let date = CalendarDate(year: 2026, month: 2, day: 3)!
    let env = Environment(stdout: TextSink(), stderr: TextSink(), fileSystem: MemoryFileSystem([:]), today: { date })
    #expect(env.today() == date)
  }
}
