/// Why a document is not JSON, and the byte offset where reading stopped.
package struct JSONSyntaxError: Error, Sendable, Equatable {
  /// The offset of the byte that could not be read (the document's length at its end).
  package var offset: Int
  /// A lower-case fragment (`expected ':' after the key`).
  package var message: String

  package init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }
}
