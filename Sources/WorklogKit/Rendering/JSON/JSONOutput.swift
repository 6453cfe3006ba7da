/// Where JSON text is written a byte or a run of bytes at a time: an `[UInt8]` (`JSONValue`'s
/// tree writer) or a `JSONOutput` (`JSONByteWriter`), so one spelling of strings and numbers
/// serves both.
protocol JSONBytes: ~Copyable {
  mutating func append(_ byte: UInt8)
  mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONBytes where Element == UInt8 {
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension JSONBytes where Self: ~Copyable {
  /// Appends a string's UTF-8.
  mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(bytes: $0) }
  }
}

/// A growing run of bytes written through its pointer, owned alone (it cannot be copied): what
/// `JSONByteWriter` writes into.
///
/// `parse` writes about two bytes of JSON for each byte it reads, most as short keys, brackets
/// and commas; appending each to an `Array` tested the array's uniqueness and room every time,
/// and a key's name went through the generic `append(contentsOf:)`: about 190 instructions a key.
/// Here a byte is a test of the room left and a store, and a run one copy.
struct JSONOutput: ~Copyable, JSONBytes {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    guard let from = bytes.baseAddress, bytes.count > 0 else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (base + count).initialize(from: from, count: bytes.count)
    count += bytes.count
  }

  /// Appends `n` copies of `byte` (an indent's spaces).
  mutating func append(_ byte: UInt8, count n: Int) {
    guard n > 0 else { return }
    if count + n > capacity { grow(to: count + n) }
    (base + count).initialize(repeating: byte, count: n)
    count += n
  }

  /// Moves the bytes to a buffer of at least `needed` bytes, twice as large as before or more.
  private mutating func grow(to needed: Int) {
    let larger = max(needed, 2 * capacity)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  /// The bytes written so far, as an array.
  var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written so far, as text (the writer writes only whole UTF-8 from `String`s).
  var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
