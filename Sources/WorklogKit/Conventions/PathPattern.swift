/// Where a site keeps one language's week pages, below the site's root, with the week number's
/// places marked: `content/1-Worklog/1.{n}-Week{n}/_index.vi.md`, `content/worklog/week-{n:2}.en.md`,
/// `content/1-Worklog/1.{n-1}-Week{n}/_index.md` (folders numbered one below the week).
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
  /// A piece of the pattern.
  public enum Part: Sendable, Hashable {
    case text(String)
    /// The week number plus `offset`, zero-padded to `width` digits.
    case week(offset: Int, width: Int)
  }

  public var parts: [Part]

  public init(parts: [Part]) { self.parts = parts }

  /// The path of week `n`'s page, below the site's root.
  public func path(week n: Int) -> String {
    parts.map { part in
      switch part {
      case .text(let s): return s
      case .week(let offset, let width):
        let digits = String(max(0, n + offset))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
      }
    }.joined()
  }

  /// Whether the pattern names the week anywhere (a whole-term page does not).
  public var namesWeek: Bool { parts.contains { if case .week = $0 { return true } else { return false } } }

  /// `{n}`, `{n:2}` (zero-padded), `{n-1}` in place of the week.
  public var description: String {
    parts.map { part in
      switch part {
      case .text(let s): return s
      case .week(let offset, let width):
        let o = offset == 0 ? "" : offset > 0 ? "+\(offset)" : "\(offset)"
        return "{n\(o)\(width > 1 ? ":\(width)" : "")}"
      }
    }.joined()
  }

  /// Reads a pattern written as `description` writes it; nil when a brace is not a week place.
  public init?(_ text: String) {
    var parts: [Part] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
      guard let close = rest[open...].firstIndex(of: "}") else { return nil }
      var inner = rest[rest.index(after: open)..<close]
      guard inner.first == "n" else { return nil }
      inner = inner.dropFirst()
      var width = 1
      if let colon = inner.firstIndex(of: ":") {
        guard let w = Int(inner[inner.index(after: colon)...]), (1...4).contains(w) else { return nil }
        width = w
        inner = inner[..<colon]
      }
      var offset = 0
      if !inner.isEmpty {
        guard let o = Int(inner.first == "+" ? inner.dropFirst() : inner), (-9...99).contains(o) else { return nil }
        offset = o
      }
      parts.append(.week(offset: offset, width: width))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(.text(String(rest))) }
    guard parts.contains(where: { if case .week = $0 { return true } else { return false } }) else { return nil }
    self.parts = parts
  }

  /// The pattern of a page of week `n` at `relative` (its path below the site's root), and the
  /// widths that page shows for each place (a number under 10 written `08` says 2; `12` says
  /// nothing). A folder named for the section (`1-Worklog`) keeps its digits; in a `S.W` prefix
  /// (`1.8-Week8`) the first number is the section's; a number one below the week is taken for
  /// the week only in that second place (`1.4-Week5`).
  static func reading(_ relative: String, week n: Int) -> (pattern: PathPattern, widths: [Int?]) {
    var parts: [Part] = []
    var widths: [Int?] = []
    var text = ""
    func flush() {
      if !text.isEmpty { parts.append(.text(text)) }
      text = ""
    }
    let components = relative.split(separator: "/", omittingEmptySubsequences: false)
    for (index, component) in components.enumerated() {
      if index > 0 { text += "/" }
      if component.lowercased().contains("worklog") {
        text += component
        continue
      }
      let scalars = Array(component)
      var i = 0
      var runIndex = 0
      while i < scalars.count {
        guard scalars[i].isASCII, scalars[i].isNumber else {
          text.append(scalars[i])
          i += 1
          continue
        }
        var j = i
        while j < scalars.count, scalars[j].isASCII, scalars[j].isNumber { j += 1 }
        let digits = String(scalars[i..<j])
        let value = Int(digits) ?? -1
        let dotted =
          runIndex == 0 && j < scalars.count && scalars[j] == "." && j + 1 < scalars.count
          && scalars[j + 1].isNumber
        let secondOfDotted = runIndex == 1 && i > 0 && scalars[i - 1] == "."
        let width: Int? = digits.count > String(value).count ? digits.count : (value < 10 ? 1 : nil)
        if dotted {
          text += digits
        } else if value == n {
          flush()
          parts.append(.week(offset: 0, width: width ?? 1))
          widths.append(width)
        } else if secondOfDotted, value == n - 1 {
          flush()
          parts.append(.week(offset: -1, width: width ?? 1))
          widths.append(digits.count > String(value).count ? digits.count : (value < 10 ? 1 : nil))
        } else {
          text += digits
        }
        runIndex += 1
        i = j
      }
    }
    flush()
    return (PathPattern(parts: parts), widths)
  }

  /// The pattern with every width set to 1, to compare pages whose weeks are above and below 10.
  var unpadded: PathPattern {
    PathPattern(
      parts: parts.map {
        if case .week(let o, _) = $0 { return .week(offset: o, width: 1) }
        return $0
      })
  }

  /// The pattern with the week places given `widths`, in order.
  func padded(_ widths: [Int]) -> PathPattern {
    var k = 0
    return PathPattern(
      parts: parts.map {
        guard case .week(let o, _) = $0 else { return $0 }
        defer { k += 1 }
        return .week(offset: o, width: widths[safe: k] ?? 1)
      })
  }
}
