import Foundation

/// What the reports wrote with `JSONEncoder` before they had their own writer: the oracle the
/// hand-written writers must match byte for byte.
enum EncoderOracle {
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// `nil` when the texts are equal; otherwise where they first differ, with the lines there,
    /// so that a failure shows the member at fault rather than two megabytes.
    static func difference(_ actual: String, _ expected: String) -> String? {
        let actualBytes = Array(actual.utf8)
        let expectedBytes = Array(expected.utf8)
        guard actualBytes != expectedBytes else { return nil }
        let common = min(actualBytes.count, expectedBytes.count)
        let offset = (0..<common).first { actualBytes[$0] != expectedBytes[$0] } ?? common
        func excerpt(_ bytes: [UInt8]) -> String {
            let start = max(0, offset - 160)
            let end = min(bytes.count, offset + 160)
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return """
            the texts differ at byte \(offset) (lengths \(actualBytes.count) and \(expectedBytes.count))
            --- written:
            \(excerpt(actualBytes))
            --- JSONEncoder:
            \(excerpt(expectedBytes))
            """
    }
}
