/// What a path names.
public enum FileKind: Sendable, Equatable {
  case file, directory, missing, other
}
