/// How each `WeekState` looks in every output, in one place: the strip's symbol (and its
/// ASCII stand-in), the report's letter and colour, and the words for the legend.
///
/// The colours are the Okabe–Ito palette, which readers with any common colour-vision
/// deficiency can tell apart; every cell also carries its letter, so no state is told by colour
/// alone.
public struct WeekStateLook: Sendable {
  /// The strip's symbol on a UTF-8 terminal.
  public var symbol: String
  /// The strip's symbol where only ASCII can be written (`--ascii`, a terminal not in UTF-8).
  public var ascii: String
  /// One letter for the report's cells, read with the colour.
  public var letter: String
  /// The state in words, for legends and screen readers: `dated elsewhere`.
  public var label: String
  /// What the state means, one short sentence fragment for a legend.
  public var meaning: String
  /// Background colour of a report cell, `#RRGGBB`.
  public var colour: String
  /// Text colour on that background, `#RRGGBB`, at a contrast of 4.5:1 or more.
  public var ink: String

  /// The look of `state`.
  public static func of(_ state: WeekState) -> WeekStateLook {
    switch state {
    case .ok:
      return WeekStateLook(
        symbol: "●", ascii: "#", letter: "✓", label: "ok", meaning: "every working day logged",
        colour: "#0072B2", ink: "#FFFFFF")
    case .partial:
      return WeekStateLook(
        symbol: "◐", ascii: "+", letter: "P", label: "partial", meaning: "fewer days logged than working days",
        colour: "#56B4E9", ink: "#000000")
    case .datedElsewhere:
      return WeekStateLook(
        symbol: "◇", ascii: "d", letter: "D", label: "dated elsewhere",
        meaning: "its dates lie outside where the calendar puts the week", colour: "#F0E442", ink: "#000000")
    case .copied:
      return WeekStateLook(
        symbol: "◎", ascii: "c", letter: "C", label: "copied", meaning: "the same as another week or site",
        colour: "#E69F00", ink: "#000000")
    case .template:
      return WeekStateLook(
        symbol: "○", ascii: "t", letter: "T", label: "template", meaning: "placeholders or empty rows, not filled in",
        colour: "#D55E00", ink: "#000000")
    case .unreadable:
      return WeekStateLook(
        symbol: "×", ascii: "x", letter: "U", label: "unreadable", meaning: "the page cannot be read",
        colour: "#CC79A7", ink: "#000000")
    case .missing:
      return WeekStateLook(
        symbol: "·", ascii: ".", letter: "M", label: "missing", meaning: "no page for an expected week",
        colour: "#FFFFFF", ink: "#000000")
    }
  }
}
