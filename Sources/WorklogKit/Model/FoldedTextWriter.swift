/// The two writers of `FoldedText`'s bytes: `written(_:)`, into a buffer allocated once, and
/// `appended(_:)`, a byte at a time onto a growing array, as it was first written.
///
/// The folded text is almost never longer than the text (a run of other bytes becomes one space;
/// lower case is mostly as long), so `written` sizes its buffer by the text and checks room before
/// each scalar: a text that would not fit (a few capitals, such as `İ` or `Ⱥ`, lower-case to more
/// bytes) is left to `appended`, which is also the reference the tests compare it with.
extension FoldedText {
  /// A text's folded bytes, whether every scalar is plain, and the number of scalars.
  struct Folding: Equatable, Sendable {
    var bytes: [UInt8]
    var isPlain: Bool
    var scalars: Int
  }

  /// Room kept beyond the text's length, so a short text with a longer lower case still fits.
  static let slack = 16

  /// The folding of `text`, written into one buffer of the text's length plus `slack`; nil when
  /// it would not fit.
  static func written(_ text: String) -> Folding? {
    var text = text
    return text.withUTF8 { buf -> Folding? in
      let n = buf.count
      var plain = true
      // Continuation bytes written: the scalars are the bytes less these.
      var continuations = 0
      var fits = true
      let table = FoldingTable.shared
      let ascii = asciiFolding
      // Written into a scratch buffer (on the stack when small) and copied out at its length:
      // `[UInt8](unsafeUninitializedCapacity:)` looks its storage's type up at run time on
      // every call, which cost more than the copy.
      let bytes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + slack) { out -> [UInt8] in
        let capacity = out.count
        var at = 0
        var space = false
        var i = 0
        while i < n {
          if buf[i] < 0x80 {
            // A run of ASCII, the most of any worklog, folded in locals alone. Its bytes fold to
            // no more bytes than they are (a run of separators to one space), so one test of
            // the room left serves the whole run when the rest of the text fits as it is.
            var j = i
            var a = at
            // A space is owed only after something written: none leads.
            var pending = space && a > 0
            let roomy = a + (n - i) + 1 <= capacity
            while j < n {
              let b = buf[j]
              if b >= 0x80 { break }
              let lower = ascii[Int(b)]
              if lower != 0 {
                guard roomy || a + 2 <= capacity else {
                  fits = false
                  break
                }
                if pending {
                  out[a] = 0x20
                  a += 1
                  pending = false
                }
                out[a] = lower
                a += 1
              } else {
                pending = a > 0
              }
              j += 1
            }
            i = j
            at = a
            space = pending
            if !fits { break }
            continue
          }
          let end = LowercaseBytes.scalarEnd(buf, from: i)
          let b = buf[i]
          var scalar = UInt32(b < 0xE0 ? b & 0x1F : b < 0xF0 ? b & 0x0F : b & 0x07)
          for k in (i + 1)..<end { scalar = scalar << 6 | UInt32(buf[k] & 0x3F) }
          // A scalar the table lower-cases to one (Vietnamese, Latin): written here, without a
          // call per scalar; any other as `LowercaseBytes.forEachLowerScalar` gives it.
          if let v = table.lowerScalar(scalar), v >= 0x80 || ByteText.isDigit(UInt8(v)) || (v >= 0x61 && v <= 0x7A) {
            if v >= 0x80 && !FoldedText.isPlain(v) { plain = false }
            guard at + 5 <= capacity else {
              fits = false
              break
            }
            if space && at > 0 {
              out[at] = 0x20
              at += 1
            }
            let start = at
            at = put(v, into: out, at: at)
            continuations += at - start - 1
            space = false
            i = end
            continue
          }
          LowercaseBytes.forEachLowerScalar(buf, i..<end) { v in
            if v < 0x80 {
              let c = UInt8(v)
              guard ByteText.isDigit(c) || (c >= 0x61 && c <= 0x7A) else {
                space = true
                return
              }
            } else if !FoldedText.isPlain(v) {
              plain = false
            }
            // A space and at most four bytes.
            guard fits, at + 5 <= capacity else {
              fits = false
              return
            }
            if space && at > 0 {
              out[at] = 0x20
              at += 1
            }
            let start = at
            at = put(v, into: out, at: at)
            continuations += at - start - 1
            space = false
          }
          if !fits { break }
          i = end
        }
        return fits ? Array(UnsafeBufferPointer(rebasing: out[0..<at])) : []
      }
      return fits ? Folding(bytes: bytes, isPlain: plain, scalars: bytes.count - continuations) : nil
    }
  }

  /// Each ASCII byte folded: a letter lower-cased, a digit as it is, anything else 0 (a
  /// separator). One load instead of the range tests for every byte of an ASCII run.
  static let asciiFolding: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
    let c = UInt8(b)
    let lower = c &- 0x41 < 26 ? c | 0x20 : c
    return lower &- 0x61 < 26 || lower &- 0x30 < 10 ? lower : 0
  }

  /// Writes the UTF-8 of scalar value `v` at `at`, which has room for its bytes; the index after it.
  @inline(__always)
  static func put(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
    if v < 0x80 {
      out[at] = UInt8(v)
      return at + 1
    } else if v < 0x800 {
      out[at] = UInt8(0xC0 | v >> 6)
      out[at + 1] = UInt8(0x80 | v & 0x3F)
      return at + 2
    } else if v < 0x10000 {
      out[at] = UInt8(0xE0 | v >> 12)
      out[at + 1] = UInt8(0x80 | v >> 6 & 0x3F)
      out[at + 2] = UInt8(0x80 | v & 0x3F)
      return at + 3
    } else {
      out[at] = UInt8(0xF0 | v >> 18)
      out[at + 1] = UInt8(0x80 | v >> 12 & 0x3F)
      out[at + 2] = UInt8(0x80 | v >> 6 & 0x3F)
      out[at + 3] = UInt8(0x80 | v & 0x3F)
      return at + 4
    }
  }

  /// The folding of `text`, appended a byte at a time: the fallback of `written(_:)`.
  static func appended(_ text: String) -> Folding {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var space = false
    var plain = true
    var scalars = 0
    var text = text
    text.withUTF8 { buf in
      var i = 0
      let n = buf.count
      while i < n {
        let b = buf[i]
        if b < 0x80 {
          // ASCII, the most of any worklog: folded here, without a call per byte.
          let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
          if ByteText.isDigit(lower) || (lower >= 0x61 && lower <= 0x7A) {
            if space && !out.isEmpty {
              out.append(0x20)
              scalars += 1
            }
            out.append(lower)
            scalars += 1
            space = false
          } else {
            space = true
          }
          i += 1
          continue
        }
        let end = LowercaseBytes.scalarEnd(buf, from: i)
        LowercaseBytes.forEachLowerScalar(buf, i..<end) { v in
          if v < 0x80 {
            let c = UInt8(v)
            guard ByteText.isDigit(c) || (c >= 0x61 && c <= 0x7A) else {
              space = true
              return
            }
          } else if !FoldedText.isPlain(v) {
            plain = false
          }
          if space && !out.isEmpty {
            out.append(0x20)
            scalars += 1
          }
          LowercaseBytes.append(v, to: &out)
          scalars += 1
          space = false
        }
        i = end
      }
    }
    return Folding(bytes: out, isPlain: plain, scalars: scalars)
  }
}
