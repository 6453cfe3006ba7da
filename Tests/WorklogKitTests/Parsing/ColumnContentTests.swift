import Testing

@testable import WorklogKit

/// A numeric date cell (`06/07/2026`) is counted without reading it as a Day label: these check
/// that the label reading would have found nothing but that date in it.
@Suite struct ColumnContentTests {
  /// Digits joined by `/`, `-` and `.` in the shapes `NumericDateBytes` reads and some it
  /// does not, with numbers of every length.
  static let cells: [String] = {
    var out = [
      "06/07/2026", "2026-07-06", "06/07", "03-09/08", "1.5", "0.85", "5301.91", "29/10/20255", "1-5", "2-3", "12/31",
      "31/12/25", "2026.07.06", "7/7", "1/2/3", "06/07-2026", "000/00", "2", "17", "2026", "123456789", "1234567890",
    ]
    let parts = ["0", "2", "12", "31", "2026", "123456789"]
    for a in parts {
      for s in ["/", "-", "."] {
        for b in parts {
          out.append(a + s + b)
          for t in ["/", "-", "."] { out.append(a + s + b + t + "26") }
        }
      }
    }
    return out
  }()

  @Test(arguments: cells) func numericDatesAreNoDayLabel(_ text: String) {
    guard let numeric = NumericDateBytes.read(text), Int(text) == nil else { return }
    let (label, read) = DayLabel.parseReading(text)
    switch label {
    case .weekday, .ordinal, .number: Issue.record("\(text) reads as \(label)")
    case .range(let a, let b): #expect(a.hasNumber || b.hasNumber, "\(text)")
    default: break
    }
    #expect((read ?? DateReading.parse(text)) == numeric, "\(text)")
    #expect(DateReading.parse(text) == numeric, "\(text)")
  }
}
