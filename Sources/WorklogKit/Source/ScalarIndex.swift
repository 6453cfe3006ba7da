/// Counts of Unicode scalars at fixed byte intervals of a file, for columns in constant time.
///
/// Scalars are counted the way `String(decoding:as: UTF8.self)` makes them: a well-formed
/// sequence is one scalar, and each maximal ill-formed subpart is one U+FFFD. A column then
/// indexes the repaired text a renderer shows, even in a Latin-1 file.
///
/// Below the first ill-formed byte (all of a well-formed file) a byte starts a scalar exactly
/// when it is not a continuation byte, so those bytes are counted a word at a time
/// (`ByteWords`); past it each byte is judged by `startsScalar`.
struct ScalarIndex: Sendable {
  /// Bytes per block: a column scans at most this many bytes twice.
  static let blockSize = 256
  /// `counts[k]` is the number of scalars starting in `bytes[0 ..< k * blockSize]`.
  private let counts: [Int]
  /// The bytes before this offset are well-formed UTF-8 (the whole file when it is).
  private let validPrefix: Int

  /// Indexes `bytes`; `validPrefix` is where they stop being well-formed UTF-8, when known.
  init(_ bytes: [UInt8], validPrefix: Int? = nil) {
    let valid = validPrefix ?? UTF8Validation.firstInvalidOffset(bytes) ?? bytes.count
    var counts = [0]
    counts.reserveCapacity(bytes.count / ScalarIndex.blockSize + 1)
    bytes.withUnsafeBufferPointer { buf in
      var total = 0
      var start = 0
      while start + ScalarIndex.blockSize <= buf.count {
        total += ScalarIndex.count(buf, start..<start + ScalarIndex.blockSize, validPrefix: valid)
        counts.append(total)
        start += ScalarIndex.blockSize
      }
    }
    self.counts = counts
    self.validPrefix = valid
  }

  /// The number of scalars starting before byte `offset` (0 ... bytes.count).
  func scalars(before offset: Int, in bytes: [UInt8]) -> Int {
    let block = offset / ScalarIndex.blockSize
    return bytes.withUnsafeBufferPointer { buf in
      counts[block] + ScalarIndex.count(buf, block * ScalarIndex.blockSize..<offset, validPrefix: validPrefix)
    }
  }

  /// The number of scalars starting in `bytes[range]`: scanned directly when the range is short
  /// (most lines are), from the blocks when it is long.
  func scalars(in range: Range<Int>, of bytes: [UInt8]) -> Int {
    guard range.count > 2 * ScalarIndex.blockSize else {
      return bytes.withUnsafeBufferPointer { ScalarIndex.count($0, range, validPrefix: validPrefix) }
    }
    return scalars(before: range.upperBound, in: bytes) - scalars(before: range.lowerBound, in: bytes)
  }

  /// The scalars starting in `buf[range]`, where `buf[..<validPrefix]` is well-formed.
  private static func count(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, validPrefix: Int) -> Int {
    let split = min(max(range.lowerBound, validPrefix), range.upperBound)
    let valid = range.lowerBound..<split
    var n = valid.count - ByteWords.continuationBytes(buf, valid)
    var i = split
    while i < range.upperBound {
      if ScalarIndex.startsScalar(buf, at: i) { n += 1 }
      i += 1
    }
    return n
  }

  /// Whether byte `i` starts a scalar of the leniently decoded text.
  ///
  /// Any byte that is not a continuation byte does. A continuation byte does unless it extends
  /// the nearest lead byte before it: that lead must take more bytes than lie between them and
  /// accept the byte right after it (0xE0 takes A0–BF, 0xF4 80–8F, and so on).
  @inline(__always)
  static func startsScalar(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    if !UTF8Lead.isContinuation(buf[i]) { return true }
    var lead = i - 1
    while lead >= 0 && i - lead <= 3 && UTF8Lead.isContinuation(buf[lead]) { lead -= 1 }
    guard lead >= 0, i - lead <= 3 else { return true }
    let (length, lower, upper) = UTF8Lead.shape(buf[lead])
    guard i - lead < length else { return true }
    let second = buf[lead + 1]
    return second < lower || second > upper
  }
}
