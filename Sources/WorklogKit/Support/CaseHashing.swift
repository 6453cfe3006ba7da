/// Hashing an enum with `String` raw values by its case instead of its raw value.
///
/// The standard library hashes a `RawRepresentable` value by its `rawValue`: a `Set<SectionKind>`
/// or a `[DateOrder: Int]` hashes a `String` on every insert and lookup, and the parser makes such
/// sets for every heading and table. Equality already compares cases. The kinds below hash their
/// case's tag byte instead; a set's order was never stable across runs (hashing is seeded per
/// process), so nothing printed depends on the hash.
enum CaseHashing {
  /// Feeds `value`'s case to `hasher`: the bytes of an enum without payloads are its tag.
  @inline(__always)
  static func combine<T: RawRepresentable>(_ value: T, into hasher: inout Hasher) {
    withUnsafeBytes(of: value) { hasher.combine(bytes: $0) }
  }
}

extension SectionKind {
  /// By case (`CaseHashing`).
  public func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}

extension DateOrder {
  /// By case (`CaseHashing`).
  public func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}

extension DateOrderEvidence {
  /// By case (`CaseHashing`).
  public func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}

extension DecisionKind {
  /// By case (`CaseHashing`).
  public func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}

extension WeekState {
  /// By case (`CaseHashing`).
  public func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}

extension ColumnRoles.Role {
  /// By case (`CaseHashing`).
  func hash(into hasher: inout Hasher) { CaseHashing.combine(self, into: &hasher) }
}
