/// How integer Day labels count: Vietnamese `Thứ` (2 = Monday) or ordinal (1 = Monday).
public enum DayNumbering: String, Sendable, Codable {
  case vietnamese, ordinal
}
