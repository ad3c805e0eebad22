import Foundation
import Testing

@testable import NestlintCore

/// A directory on disk listed with the kinds of its entries (`DiskFileTree.childEntries`),
/// and `lstat` paths built on the stack: the same answers as `entryKind(at:)` asked of each
/// entry, and as the old tree gave (`ReferenceDiskTree`).
@Suite struct DiskListingTests {
    /// Every kind of entry, link targets on both sides of the stack buffer's size, and names
    /// that are not UTF-8 or that `systemBytes` would not give back.
    func scratchWithEveryKind() throws -> HostileScratch {
        let scratch = try HostileScratch()
        try scratch.write("d/file", "text\n")
        try scratch.write("d/empty", "")
        try scratch.directory("d/directory")
        try scratch.fifo("d/fifo")
        try scratch.socket("d/socket")
        try scratch.link("d/short", to: "file")
        try scratch.link("d/dangling", to: "/nowhere")
        for length in [1022, 1023, 1024, 1025, 3000, 4095] {
            try scratch.link(
                "d/long-\(length)", to: String(repeating: "./", count: (length - 4) / 2) + (length % 2 == 0 ? "file" : "/file"))
        }
        try Self.createRaw(in: scratch.absolute("d"), name: Array("caf".utf8) + [0xE9])
        try Self.createRaw(in: scratch.absolute("d"), name: Array("l".utf8) + [0xE9], linkTarget: Array("caf".utf8) + [0xE9])
        try scratch.write("d/\u{F7E9}", "private use\n")
        _ = try scratch.characterDevice("d/device")
        return scratch
    }

    /// A file (or a link to `linkTarget`) whose name is raw bytes, in an existing directory.
    static func createRaw(in directory: String, name: [UInt8], linkTarget: [UInt8]? = nil) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let full = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
        let status = full.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: path.count) { cPath -> Int32 in
                guard let linkTarget else {
                    let descriptor = open(cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    guard descriptor >= 0 else { return -1 }
                    let text = Array("<domain type='kvm'><name>raw</name></domain>\n".utf8)
                    _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                    return close(descriptor)
                }
                return (linkTarget + [0]).withUnsafeBufferPointer { target in
                    target.baseAddress!.withMemoryRebound(to: CChar.self, capacity: target.count) { symlink($0, cPath) }
                }
            }
        }
        guard status == 0 else { throw HostileScratchError.system("create", errno) }
    }

    @Test func listingsTellTheKindsLstatWould() throws {
        let scratch = try scratchWithEveryKind()
        let tree = DiskFileTree(rootPath: scratch.path)
        let old = ReferenceDiskTree(rootPath: scratch.path)
        let entries = tree.childEntries(of: "d", statingUpTo: 1000)
        #expect(entries.map(\.name) == tree.childNames(of: "d"))
        #expect(entries.map(\.name) == old.childNames(of: "d"))
        #expect(entries.count >= 17)
        for entry in entries {
            let path = "d/" + entry.name
            #expect(tree.entryKind(at: path) == old.entryKind(at: path), "\(path)")
            // A name whose bytes hold 0xEF (here only U+F7E9 itself, which `systemBytes` turns
            // into the byte 0xE9) is left to `entryKind`; Latin-1 names come back whole.
            #expect(entry.isKnown == (entry.name != "\u{F7E9}"), "\(path)")
            if entry.isKnown {
                let kind = try #require(entry.kind, "\(path)")
                #expect(kind.agrees(with: old.entryKind(at: path)), "\(path): \(kind)")
            }
        }
        let long = try #require(tree.entryKind(at: "d/long-4095"))
        guard case .symbolicLink(let target) = long else {
            Issue.record("d/long-4095 is \(long)")
            return
        }
        #expect(target.utf8.count == 4095)
    }

    @Test func aListingStatsNoMoreEntriesThanAllowed() throws {
        let scratch = try scratchWithEveryKind()
        let tree = DiskFileTree(rootPath: scratch.path)
        #expect(tree.childEntries(of: "d", statingUpTo: 3).filter(\.isKnown).count == 3)
        #expect(tree.childEntries(of: "d", statingUpTo: 0).allSatisfy { !$0.isKnown && $0.kind == nil })
        #expect(tree.childEntries(of: "d/file", statingUpTo: 10).isEmpty, "not a directory")
        #expect(tree.childEntries(of: "missing", statingUpTo: 10).isEmpty)
    }

    /// Paths too long for the stack buffer, and paths with escapes, take the old way.
    @Test func longAndEscapedPathsAreAskedAsBefore() throws {
        let scratch = try scratchWithEveryKind()
        let tree = DiskFileTree(rootPath: scratch.path)
        let old = ReferenceDiskTree(rootPath: scratch.path)
        let deep = Array(repeating: "abcdefghi", count: 120).joined(separator: "/")
        try scratch.write(deep + "/file", "deep\n")
        for path in [deep, deep + "/file", deep + "/missing", "d/caf\u{F7E9}", "d/l\u{F7E9}", "d/\u{F7E9}", "", "d"] {
            #expect(tree.entryKind(at: path) == old.entryKind(at: path), "\(path.prefix(40))")
        }
        #expect(try tree.readFile(at: deep + "/file", limit: 100) == Array("deep\n".utf8))
        #expect(try tree.readFile(at: "d/caf\u{F7E9}", limit: 100) == (try old.readFile(at: "d/caf\u{F7E9}", limit: 100)))
        #expect(tree.childNames(of: deep) == ["file"])
    }
}
