/// A fix `worklog fix` did not apply, and why (a lower-case fragment).
package struct FixRefusal: Sendable {
  /// The finding whose fix was refused, as it was found.
  package var finding: Diagnostic
  package var reason: String
}
