import Foundation
import Testing

@testable import NestlintCore

/// A `DiskFileTree` looks paths up relative to its root, opened once (`RootDirectoryDescriptor`):
/// the descriptor lives exactly as long as the tree, and the tree keeps meaning the directory
/// it opened.
@Suite struct RootDirectoryDescriptorTests {
    /// This process's open descriptors that refer to `path` (other tests open and close their
    /// own meanwhile: only these are this test's).
    static func descriptors(openOn path: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { name in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name)) == path
        }.count
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func treesCloseTheirRootWhenTheyGo() throws {
        let scratch = try HostileScratch()
        try scratch.write("etc/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
        // More trees than a process may hold descriptors open by default (1024).
        for _ in 0..<2000 {
            let tree = DiskFileTree(rootPath: scratch.path)
            #expect(tree.entryKind(at: "etc/modprobe.d") == .directory)
            #expect(try tree.readFile(at: "etc/modprobe.d/kvm.conf", limit: 100) == Array("options kvm_intel nested=1\n".utf8))
        }
        #expect(try Self.descriptors(openOn: scratch.path) == 0)
        let kept = DiskFileTree(rootPath: scratch.path)
        _ = kept.entryKind(at: "etc")
        #expect(try Self.descriptors(openOn: scratch.path) == 1)
        withExtendedLifetime(kept) {}
    }

    @Test func theRootItselfAndMissingPaths() throws {
        let scratch = try HostileScratch()
        try scratch.write("a/b", "x")
        let tree = DiskFileTree(rootPath: scratch.path)
        #expect(tree.entryKind(at: "") == .directory)
        #expect(tree.childNames(of: "") == ["a"])
        #expect(tree.entryKind(at: "a/missing") == nil)
        #expect(tree.entryKind(at: "missing/b") == nil)
        #expect(throws: FileTreeReadError.self) { try tree.readFile(at: "", limit: 10) }
    }

    /// A root that cannot be opened at the first call leaves the tree on absolute paths, which
    /// answer as before: "missing" while the root does not exist, its files once it does.
    @Test func aRootThatCannotBeOpenedFallsBackToAbsolutePaths() throws {
        let scratch = try HostileScratch()
        let tree = DiskFileTree(rootPath: scratch.absolute("later"))
        #expect(tree.entryKind(at: "file") == nil)
        try scratch.write("later/file", "x")
        #expect(tree.entryKind(at: "file") == .regular(size: 1))
        #expect(try tree.readFile(at: "file", limit: 10) == [UInt8(ascii: "x")])
    }

    /// Once opened, the tree is the directory it opened, even if it is renamed meanwhile.
    @Test func theTreeFollowsTheDirectoryItOpened() throws {
        let scratch = try HostileScratch()
        try scratch.write("root/file", "x")
        let tree = DiskFileTree(rootPath: scratch.absolute("root"))
        #expect(tree.entryKind(at: "file") == .regular(size: 1))
        try FileManager.default.moveItem(atPath: scratch.absolute("root"), toPath: scratch.absolute("moved"))
        #expect(try tree.readFile(at: "file", limit: 10) == [UInt8(ascii: "x")])
    }
}
