/// Percent-encoding of relative paths for SARIF URIs (RFC 3986): file names with spaces, `#`,
/// `%` or non-ASCII characters still give valid URI references.
enum URIEncoding {
    private static let allowed: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@".utf8))

    static func encodePath(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                output.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        // A relative reference whose first segment holds ':' would read as a scheme.
        if let colon = output.firstIndex(of: ":"), !output[..<colon].contains("/") {
            output = "./" + output
        }
        return output
    }

    /// `file:///abs/dir/` for an absolute directory.
    static func directoryURI(_ absolutePath: String) -> String {
        let encoded = encodePath(absolutePath)
        return "file://" + encoded + (encoded.hasSuffix("/") ? "" : "/")
    }
}
