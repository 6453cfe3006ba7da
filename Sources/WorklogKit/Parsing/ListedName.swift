/// A name a folder lists, with what the listing itself says the entry is.
///
/// A folder walk asked twice about every name it met (`lstat`: is it a link? `stat`: what is
/// it?), two system calls and two C strings a name, though the listing (`d_type` on Linux and
/// the BSDs) already says for nearly every entry. A listed kind lets the walk skip both for a
/// plain file or folder; a link, or a name the listing says nothing of, is asked about as before.
public struct ListedName: Sendable, Equatable {
  /// What a listing says an entry is, without following a symbolic link.
  public enum Kind: Sendable, Equatable { case file, directory, symbolicLink, other }

  public var name: String
  /// What the listing says the entry is; nil when it does not say (`DT_UNKNOWN`, or a file
  /// system that lists names only).
  public var kind: Kind?

  public init(_ name: String, kind: Kind? = nil) {
    self.name = name
    self.kind = kind
  }
}
