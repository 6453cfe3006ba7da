extension Diagnostic {
  /// `2025-09-22 … 2025-09-26`.
  static func describe(_ range: ClosedRange<CalendarDate>) -> String {
    range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) … \(range.upperBound)"
  }
}
