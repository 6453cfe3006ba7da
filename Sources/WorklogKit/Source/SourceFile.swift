/// The bytes of one input file with a line table, kept losslessly.
///
/// Lines are split on LF, CRLF or a lone CR; each line's content excludes its terminator, which
/// is remembered so a fixer can rewrite a line without changing the file's line endings. A UTF-8
/// byte order mark is skipped for content but still counts in byte offsets.
public struct SourceFile: Sendable {
  /// The path the file was read from, as given by the user.
  public let path: String
  /// The raw bytes, exactly as read.
  public let bytes: [UInt8]
  /// Byte offsets of the start of each line's content (index 0 is line 1).
  public let lineStarts: [Int]
  /// Byte offsets just past each line's content, before its terminator.
  public let lineEnds: [Int]
  /// Whether the file began with a UTF-8 byte order mark.
  public let hasBOM: Bool
  /// Byte offset of the first invalid UTF-8 sequence, if the file is not valid UTF-8.
  public let firstInvalidUTF8Offset: Int?
  /// Unicode scalars before each block of `ScalarIndex.blockSize` bytes, so a column costs at most
  /// one block's scan however long its line is (a 20,000-cell row asks for 40,000 of them).
  private let scalarIndex: ScalarIndex

  /// Reads the line structure of `bytes`.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    hasBOM = bom
    var starts = [bom ? 3 : 0]
    var ends: [Int] = []
    starts.reserveCapacity(bytes.count / 40 + 1)
    ends.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buf in
      var i = bom ? 3 : 0
      let n = buf.count
      // LF (0x0A) and CR (0x0D) as hex: this loop sees every byte of the file, and a debug
      // build makes each `UInt8(ascii:)` a call.
      while i < n {
        // Most words hold no line break: skip them whole.
        if i + 8 <= n && !ByteWords.hasLineBreak(ByteWords.word(buf, at: i)) {
          i += 8
          continue
        }
        let b = buf[i]
        if b == 0x0A {
          ends.append(i)
          starts.append(i + 1)
        } else if b == 0x0D {
          ends.append(i)
          if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
    }
    ends.append(bytes.count)
    lineStarts = starts
    lineEnds = ends
    let invalid = UTF8Validation.firstInvalidOffset(bytes)
    firstInvalidUTF8Offset = invalid
    scalarIndex = ScalarIndex(bytes, validPrefix: invalid ?? bytes.count)
  }

  /// Creates a file from text, for tests and standard input.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Number of lines; a file ending in a newline has an empty last line that is counted.
  public var lineCount: Int { lineStarts.count }

  /// The byte range of a 1-based line's content, without its terminator.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    lineStarts[line - 1]..<lineEnds[line - 1]
  }

  /// The bytes that end a 1-based line (`\n`, `\r\n`, `\r`, or none for the last line), so a
  /// fix that inserts a line writes it the way its neighbours are written.
  public func terminator(ofLine line: Int) -> [UInt8] {
    let end = lineEnds[line - 1]
    let next = line < lineStarts.count ? lineStarts[line] : bytes.count
    return Array(bytes[end..<next])
  }

  /// The line ending a new line after `line` should use: that line's own, else the file's first,
  /// else `\n`.
  public func newline(near line: Int) -> String {
    let own = terminator(ofLine: min(max(line, 1), lineCount))
    if !own.isEmpty { return String(decoding: own, as: UTF8.self) }
    let first = terminator(ofLine: 1)
    return first.isEmpty ? "\n" : String(decoding: first, as: UTF8.self)
  }

  /// The content of a 1-based line as text (invalid UTF-8 repaired).
  public func text(ofLine line: Int) -> String {
    text(bytes: byteRange(ofLine: line))
  }

  /// Whether the bytes in `range`, which starts a scalar (a line's or a cell's start), are valid
  /// UTF-8: they end before the file's first invalid sequence, so `text(bytes: range)` has the
  /// same bytes.
  public func isValidUTF8(_ range: Range<Int>) -> Bool {
    range.upperBound <= firstInvalidUTF8Offset ?? bytes.count
  }

  /// The bytes in `range` as text, invalid UTF-8 replaced by U+FFFD.
  public func text(bytes range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The 1-based line holding byte `offset` (an offset past the end maps to the last line).
  public func line(containing offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The location of byte `offset`, with its column counted in Unicode scalars as lenient
  /// decoding makes them (each invalid sequence one U+FFFD), so columns match the text shown.
  public func location(at offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    let line = line(containing: clamped)
    let start = lineStarts[line - 1]
    let stop = min(clamped, lineEnds[line - 1])
    var column = 1
    if stop > start {
      column += scalarIndex.scalars(in: start..<stop, of: bytes)
    }
    if clamped > lineEnds[line - 1] { column += 1 }
    return SourceLocation(line: line, column: column, offset: clamped)
  }

  /// The first byte at or after `offset` (and at most `limit`) that starts a scalar, so text
  /// decoded from there reads as it does in the whole file.
  func scalarStart(atOrAfter offset: Int, limit: Int) -> Int {
    bytes.withUnsafeBufferPointer { buf in
      var i = offset
      while i < min(limit, buf.count) && !ScalarIndex.startsScalar(buf, at: i) { i += 1 }
      return i
    }
  }

  /// The range covering bytes `range`.
  public func range(_ range: Range<Int>) -> SourceRange {
    let start = location(at: range.lowerBound)
    // Most ranges end on the line they start on: count on from the start, without a second
    // search of the line table. Columns add up, as scalars in adjacent byte ranges do.
    let end = max(0, min(range.upperBound, bytes.count))
    let lineStart = lineStarts[start.line - 1]
    let lineEnd = lineEnds[start.line - 1]
    if start.offset >= lineStart, start.offset <= end, end <= lineEnd {
      let column = start.column + scalarIndex.scalars(in: start.offset..<end, of: bytes)
      return SourceRange(start: start, end: SourceLocation(line: start.line, column: column, offset: end))
    }
    return SourceRange(start: start, end: location(at: range.upperBound))
  }

  /// The range covering a whole 1-based line's content.
  public func range(ofLine line: Int) -> SourceRange {
    range(byteRange(ofLine: line))
  }
}
