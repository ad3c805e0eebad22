import CLibXML2
import Foundation
import Synchronization

/// Finds the line where an element's start tag begins.
///
/// libxml2 numbers an element by the line its start tag *ends* on (the parser has read all the
/// attributes when it creates the node), so `<cpu mode='custom'⏎ match='exact'>` would be
/// reported on its second line. A finding must point where the element starts: this walks back
/// from libxml2's line to the nearest line holding `<name` (with the element's prefix, if any).
/// Without columns it cannot tell two same-named tags apart when a multi-line one ends on the
/// line where the next begins (`name='vmx'/><feature name='svm'/>`): both get that line.
final class StartTagLocator: Sendable {
    private let bytes: [UInt8]
    /// Built at the first question. A `Mutex`, not an `NSLock`: one is made per document.
    private let lineStarts = Mutex<[Int]?>(nil)

    /// How far back a start tag may begin: libvirt's longest tags span a few lines.
    static let maximumTagLines = 64

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The start line of `node`, an element libxml2 placed on `reportedLine`.
    func startLine(of node: xmlNodePtr, reportedLine: Int) -> Int {
        guard reportedLine > 1, let name = node.pointee.name else { return reportedLine }
        var tag = "<"
        if let prefix = node.pointee.ns?.pointee.prefix { tag += String(cString: prefix) + ":" }
        tag += String(cString: name)
        let needle = Array(tag.utf8)
        let starts = index()
        guard reportedLine <= starts.count else { return reportedLine }
        var line = reportedLine
        while line >= max(1, reportedLine - Self.maximumTagLines) {
            if contains(needle, onLine: line, starts: starts) { return line }
            line -= 1
        }
        return reportedLine
    }

    private func index() -> [Int] {
        lineStarts.withLock { known in
            if let known { return known }
            var starts = [0]
            bytes.withUnsafeBytes { buffer in
                // memchr is vectorised; most lines are a few dozen bytes.
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count, let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                    offset = UnsafeRawPointer(newline) - base + 1
                    starts.append(offset)
                }
            }
            known = starts
            return starts
        }
    }

    /// Whether the line holds the tag name followed by white space, `/`, `>` or the line's end.
    private func contains(_ needle: [UInt8], onLine line: Int, starts: [Int]) -> Bool {
        let begin = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        guard end - begin >= needle.count else { return false }
        var offset = begin
        while offset + needle.count <= end {
            if bytes[offset] == needle[0], bytes[offset..<(offset + needle.count)].elementsEqual(needle) {
                let after = offset + needle.count
                if after >= end { return true }
                switch bytes[after] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "/"), UInt8(ascii: ">"):
                    return true
                default:
                    break
                }
            }
            offset += 1
        }
        return false
    }
}
