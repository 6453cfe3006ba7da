/// A token of a date cell: a run of digits (value and length), a word, or one symbol.
enum DateToken: Hashable {
  case number(Int, digits: Int)
  case word(String)
  /// One scalar that is neither a letter, a digit nor white space. A scalar, not a `String`:
  /// no other scalar is canonically equivalent to the symbols a date is read with (`/`, `-`,
  /// `.`, `,`, `:`, dashes, arrows), so comparing scalars answers as comparing strings did.
  case symbol(Unicode.Scalar)
}
