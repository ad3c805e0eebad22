/// Percent-encoding of relative paths for SARIF URIs (RFC 3986): file names with spaces, `#`,
/// `%` or non-ASCII characters still give valid URI references.
enum URIEncoding {
    /// Whether each byte may stand for itself in a path (unreserved characters, sub-delimiters,
    /// `:`, `@` and `/`): a table, because every byte of every path of a fleet's report is
    /// looked up.
    private static let allowed: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func encodePath(_ path: String) -> String {
        let allowed = Self.allowed
        // Most paths need no escape: keep the string rather than copy it byte by byte.
        var output = path
        if path.utf8.contains(where: { !allowed[Int($0)] }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(path.utf8.count + 16)
            for byte in path.utf8 {
                if allowed[Int(byte)] {
                    bytes.append(byte)
                } else {
                    bytes.append(UInt8(ascii: "%"))
                    bytes.append(hexDigit(byte >> 4))
                    bytes.append(hexDigit(byte & 0x0F))
                }
            }
            output = String(decoding: bytes, as: UTF8.self)
        }
        // A relative reference whose first segment holds ':' would read as a scheme. (The
        // output is ASCII, so bytes are characters here.)
        if let colon = output.utf8.firstIndex(of: UInt8(ascii: ":")), !output.utf8[..<colon].contains(UInt8(ascii: "/")) {
            output = "./" + output
        }
        return output
    }

    /// `file:///abs/dir/` for an absolute directory.
    static func directoryURI(_ absolutePath: String) -> String {
        let encoded = encodePath(absolutePath)
        return "file://" + encoded + (encoded.hasSuffix("/") ? "" : "/")
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + (value - 10)
    }
}
