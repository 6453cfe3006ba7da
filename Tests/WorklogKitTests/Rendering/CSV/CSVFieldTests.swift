import Testing

@testable import WorklogKit

@Suite struct CSVFieldTests {
  @Test func plainTextIsWrittenAsItIs() {
    #expect(CSVField.escaped("Set up the account") == "Set up the account")
    #expect(CSVField.escaped("") == "")
    #expect(CSVField.escaped("2025-09-08") == "2025-09-08")
    #expect(CSVField.escaped("Nhật ký tuần 1") == "Nhật ký tuần 1")
  }

  @Test func commasQuotesAndLineBreaksAreQuoted() {
    #expect(CSVField.escaped("a, b") == "\"a, b\"")
    #expect(CSVField.escaped("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVField.escaped("one\ntwo") == "\"one\ntwo\"")
    #expect(CSVField.escaped("one\r\ntwo") == "\"one\r\ntwo\"")
    #expect(CSVField.escaped("one\rtwo") == "\"one\rtwo\"")
  }

  @Test func aFieldThatASpreadsheetWouldTakeForAFormulaStartsWithAQuote() {
    #expect(CSVField.escaped("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVField.escaped("+1") == "'+1")
    #expect(CSVField.escaped("-2") == "'-2")
    #expect(CSVField.escaped("@cmd") == "'@cmd")
    #expect(CSVField.escaped("\tindented") == "'\tindented")
    #expect(CSVField.escaped("\rback") == "\"'\rback\"")
    #expect(CSVField.escaped("\r\nback") == "\"'\r\nback\"")
    // The quote goes inside the quoting.
    #expect(CSVField.escaped("=HYPERLINK(\"x\", \"y\")") == "\"'=HYPERLINK(\"\"x\"\", \"\"y\"\")\"")
    // Only the first character counts.
    #expect(CSVField.escaped("a=b") == "a=b")
  }

  @Test func controlCharactersOtherThanTabCRAndLFAreShownAsEscapes() {
    #expect(CSVField.escaped("red \u{1B}[31m") == "red \\x1B[31m")
    #expect(CSVField.escaped("bell\u{07}") == "bell\\x07")
    #expect(CSVField.escaped("nul\u{0}") == "nul\\x00")
    #expect(CSVField.escaped("del\u{7F}") == "del\\x7F")
    #expect(CSVField.escaped("abc\u{202E}def") == "abc\\u{202E}def")
    #expect(CSVField.escaped("a\tb") == "a\tb")
  }

  @Test func aRecordEndsWithCRLF() {
    #expect(CSVField.record(["a", "b,c", "=1"]) == "a,\"b,c\",'=1\r\n")
    #expect(CSVField.record([]) == "\r\n")
  }
}
