/// A token of a date cell: a run of digits (value and length), a word, or one symbol.
enum DateToken: Hashable {
  case number(Int, digits: Int)
  case word(String)
  case symbol(String)
}
