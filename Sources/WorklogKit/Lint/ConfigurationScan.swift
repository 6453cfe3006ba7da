/// Where things are in a configuration file's JSON, found in one pass over its bytes: the keys
/// of the top-level object and the first place of every string, so errors and findings about
/// the configuration point at the text that caused them.
struct ConfigurationScan: Sendable {
  /// Each key of the top-level object, with the byte offset of its opening quote.
  var topLevelKeys: [(key: String, offset: Int)] = []
  /// The byte offset of the first occurrence of each string (keys and values, raw as written).
  var firstString: [String: Int] = [:]

  /// Scans `bytes` once; a file that is not JSON gives what was found before it went wrong.
  init(_ bytes: [UInt8]) {
    var depth = 0
    var expectingKey = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "{"):
        depth += 1
        expectingKey = true
      case UInt8(ascii: "["):
        depth += 1
        expectingKey = false
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        expectingKey = false
      case UInt8(ascii: ","):
        // In an object a comma is followed by a key; in an array, by a value (no key to note).
        expectingKey = true
      case UInt8(ascii: ":"):
        expectingKey = false
      case UInt8(ascii: "\""):
        let start = i
        i += 1
        while i < bytes.count && bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
        let text = String(decoding: bytes[(start + 1)..<min(i, bytes.count)], as: UTF8.self)
        if firstString[text] == nil { firstString[text] = start }
        if depth == 1 && expectingKey { topLevelKeys.append((text, start)) }
        expectingKey = false
      default:
        break
      }
      i += 1
    }
  }
}
