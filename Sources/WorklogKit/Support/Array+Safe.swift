extension Array {
  /// The element at `i`, or nil when `i` is out of bounds.
  subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
