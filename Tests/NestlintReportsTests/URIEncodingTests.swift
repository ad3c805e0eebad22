import Testing

@testable import NestlintReports

/// `URIEncoding` looks bytes up in a table and keeps paths that need no escape; it must encode
/// exactly as the character-by-character version it replaced, kept here as the oracle.
@Suite struct URIEncodingTests {
    static func characterByCharacter(_ path: String) -> String {
        let allowed = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@".utf8))
        var output = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                output.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        if let colon = output.firstIndex(of: ":"), !output[..<colon].contains("/") {
            output = "./" + output
        }
        return output
    }

    @Test func everyByteAndAwkwardPaths() {
        var paths = [
            "", "a", "fleet/host-0001/etc/libvirt/qemu/vm.xml", "templates/l1 #1 é.xml", "a%b", "c:x", "dir/c:x", ":", "/:", "a:/b",
            "./x", "host \"1\" \\ é 😀/\u{2028}/\r\n.conf", "%41", "~user/(x)[y]{z}", "C:\\temp\\a.xml", "e\u{301}/\u{FEFF}",
        ]
        for value in 0..<0x80 {
            let character = String(Unicode.Scalar(UInt8(value)))
            paths += [character, "x" + character + "y", character + ":x", "d/" + character]
        }
        for path in paths {
            #expect(URIEncoding.encodePath(path) == Self.characterByCharacter(path), "\(path.debugDescription)")
        }
        #expect(URIEncoding.directoryURI("/abs/dir with space") == "file:///abs/dir%20with%20space/")
        #expect(URIEncoding.directoryURI("/abs/") == "file:///abs/")
    }
}
