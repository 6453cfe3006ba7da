/// Day-first (`DD/MM/YYYY`) or month-first (`MM/DD/YYYY`) reading of numeric dates.
public enum DateOrder: String, Sendable, Codable {
  case dayFirst, monthFirst
}
