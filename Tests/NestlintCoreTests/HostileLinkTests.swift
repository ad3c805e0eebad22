import Foundation
import NestlintCore
import Testing

/// Symbolic links in snapshots: followed inside the bundle root only (an absolute link means
/// the bundle's root, not the machine's), reported with NL002 when they leave it, dangle or
/// loop, and never a way to read a file outside.
@Suite struct HostileLinkTests {
    static let marker = HostileXMLTests.marker
    static let cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"

    /// A bundle `host` beside a directory `outside` holding the marker.
    func scratchWithSecret() throws -> HostileScratch {
        let scratch = try HostileScratch()
        try scratch.write("outside/secret", "options kvm_intel nested=0 \(Self.marker)\n" + Self.cpuinfo + Self.marker + "\n")
        try scratch.write("outside/dir/kvm.conf", "options kvm_intel nested=0 \(Self.marker)\n")
        return scratch
    }

    func inspectionText(_ scratch: HostileScratch, _ argument: String) throws -> String {
        let snapshots = try InputDiscovery(workingDirectory: scratch.path).discover(arguments: [argument]).snapshots
        let inspection = Inspection(snapshots: snapshots, catalog: HostileScratch.catalog)
        return String(describing: inspection.entries.map { ($0.files.map(\.problems), $0.hosts.map(\.facts), $0.domains.map(\.name)) })
    }

    /// Resolution remembers directories and resolves a path's parents first; a path deeper
    /// than that is worth (thousands of directories) resolves the same, without recursing.
    @Test func deepPathsResolveWithAndWithoutRememberedParents() {
        var tree = MemoryFileTree()
        let deep = Array(repeating: "d", count: 2000).joined(separator: "/")
        let shallow = Array(repeating: "d", count: 40).joined(separator: "/")
        tree.addFile(deep + "/file", text: "x")
        tree.addSymbolicLink(
            shallow + "/up",
            target:
                "../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../.."
        )
        tree.addSymbolicLink(shallow + "/loop", target: "loop")
        let resolver = SafePathResolver(tree: tree)
        #expect(resolver.resolve(deep + "/file") == .regular(path: deep + "/file", size: 1))
        #expect(resolver.resolve(deep + "/missing/file") == .missing)
        #expect(resolver.resolve(deep + "/file/below") == .missing)
        #expect(resolver.resolve(shallow + "/file") == .missing)
        #expect(resolver.resolve(shallow) == .directory(path: shallow))
        #expect(
            resolver.resolve(shallow + "/up/x")
                == .escapesRoot(link: shallow + "/up", target: Array(repeating: "..", count: 43).joined(separator: "/")))
        #expect(resolver.resolve(shallow + "/loop/x") == .linkLoop(link: shallow + "/loop"))
        // The same answers from a resolver that has remembered nothing yet.
        #expect(SafePathResolver(tree: tree).resolve(shallow + "/loop/x") == .linkLoop(link: shallow + "/loop"))
        #expect(SafePathResolver(tree: tree).resolve(deep + "/file") == .regular(path: deep + "/file", size: 1))
    }

    /// Two names Swift calls equal (Å as U+00C5 and as the Ångström sign U+212B) are two files:
    /// what one resolved to never answers for the other, which here is a link out.
    @Test func canonicallyEquivalentNamesAreDifferentFiles() throws {
        let scratch = try HostileScratch()
        try scratch.write("outside/secret", "options kvm_intel nested=0 \(Self.marker)\n")
        try scratch.write("host/x/\u{00C5}/secret", "inside\n")
        try scratch.link("host/x/\u{212B}", to: "../../outside")
        let tree = MemoizedFileTree(base: DiskFileTree(rootPath: scratch.absolute("host")))
        let resolver = SafePathResolver(tree: tree)
        #expect(resolver.resolve("x/\u{00C5}") == .directory(path: "x/\u{00C5}"))
        #expect(resolver.resolve("x/\u{00C5}/secret") == .regular(path: "x/\u{00C5}/secret", size: 7))
        #expect(resolver.resolve("x/\u{212B}/secret") == .escapesRoot(link: "x/\u{212B}", target: "../../outside"))
        #expect(resolver.resolve("x/\u{212B}") == .escapesRoot(link: "x/\u{212B}", target: "../../outside"))
    }

    @Test func linksLeavingTheBundleAreReportedAndNeverRead() throws {
        let scratch = try scratchWithSecret()
        try scratch.write("host/proc/version", "Linux version 6.1.0\n")
        try scratch.link("host/proc/cpuinfo", to: "../../outside/secret")
        try scratch.link("host/etc/modprobe.d/kvm.conf", to: "../../../outside/secret")
        try scratch.link("host/proc/cmdline", to: "/../../../../../../../..\(scratch.absolute("outside/secret"))")
        let result = try scratch.lint("host")
        #expect(
            result.places(of: "NL002").sorted() == [
                "host/etc/modprobe.d/kvm.conf:1", "host/proc/cmdline:1", "host/proc/cpuinfo:1",
            ])
        #expect(
            result.findings("NL002", at: "host/proc/cpuinfo").first?.message.contains(
                "-> ../../outside/secret leaves the bundle; not followed") == true)
        #expect(!result.allText.contains(Self.marker))
        #expect(!(try inspectionText(scratch, "host")).contains(Self.marker))
    }

    @Test func aDirectoryLinkLeavingTheBundleIsNotListed() throws {
        let scratch = try scratchWithSecret()
        try scratch.write("host/proc/cpuinfo", Self.cpuinfo)
        try scratch.link("host/etc/modprobe.d", to: "../../outside/dir")
        let result = try scratch.lint("host")
        #expect(result.places(of: "NL002") == ["host/etc/modprobe.d:1"])
        #expect(!result.allText.contains(Self.marker))
        #expect(!(try inspectionText(scratch, "host")).contains(Self.marker))
    }

    @Test func absoluteLinksMeanTheBundleRoot() throws {
        let scratch = try scratchWithSecret()
        // Inside the bundle: followed, and its evidence used (nesting configured, off at runtime).
        try scratch.write("host/data/cpuinfo", Self.cpuinfo)
        try scratch.link("host/proc/cpuinfo", to: "/data/cpuinfo")
        try scratch.write("host/usr/lib/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
        try scratch.link("host/lib", to: "/usr/lib")
        try scratch.write("host/sys/module/kvm_intel/parameters/nested", "N\n")
        // The machine's own path of the secret means <bundle>/<that path>: nothing there.
        try scratch.link("host/proc/cmdline", to: scratch.absolute("outside/secret"))
        let result = try scratch.lint("host")
        #expect(result.places(of: "NL301") == ["host/usr/lib/modprobe.d/kvm.conf:1"])
        let dangling = try #require(result.findings("NL002", at: "host/proc/cmdline").first)
        #expect(dangling.message.contains("leads to nothing inside the bundle (absolute links are resolved against the bundle root)"))
        #expect(result.places(of: "NL002") == ["host/proc/cmdline:1"])
        #expect(!result.allText.contains(Self.marker))
    }

    @Test(arguments: [
        ("itself", [("proc/cpuinfo", "cpuinfo")]),
        ("a pair", [("proc/cpuinfo", "other"), ("proc/other", "cpuinfo")]),
        ("the live system's own path", [("proc/cpuinfo", "/proc/cpuinfo")]),
        ("a directory into itself", [("proc", "/proc/../proc")]),
    ])
    func linkLoopsAreReportedNotFollowed(name: String, links: [(String, String)]) throws {
        let scratch = try HostileScratch()
        try scratch.write("host/etc/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
        for (path, target) in links { try scratch.link("host/" + path, to: target) }
        let result = try scratch.lint("host")
        let finding = try #require(result.findings("NL002", at: "host/proc/cpuinfo").first, "\(name)")
        #expect(finding.message.contains("symbolic link loop"), "\(name)")
    }

    @Test func longChainsStopAtTheKernelsLimit() throws {
        let scratch = try HostileScratch()
        try scratch.write("host/proc/real", Self.cpuinfo)
        try scratch.write("host/etc/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
        // 40 links in a row resolve, as on Linux (MAXSYMLINKS); 41 do not. cpuinfo is the
        // first link of its chain: cpuinfo, l38 … l0.
        for index in 0..<40 { try scratch.link("host/proc/l\(index)", to: index == 0 ? "real" : "l\(index - 1)") }
        try scratch.link("host/proc/cpuinfo", to: "l38")
        try scratch.link("host/proc/cmdline", to: "l39")
        let result = try scratch.lint("host")
        #expect(result.places(of: "NL002") == ["host/proc/cmdline:1"])
    }

    @Test func theShippedLinkFixture() throws {
        let result = try HostileScratch().lint([RepositoryPaths.fixtures.appendingPathComponent("hostile/bundle-links").path])
        let messages = Dictionary(
            uniqueKeysWithValues: result.findings.filter { $0.ruleID == "NL002" }.map { ($0.location.file.path, $0.message) })
        #expect(messages.count == 3)
        #expect(messages["etc/modprobe.d/escape.conf"]?.contains("leaves the bundle") == true)
        #expect(messages["proc/cmdline"]?.contains("loop") == true)
        #expect(messages["proc/cpuinfo"]?.contains("leads to nothing inside the bundle") == true)
        #expect(!result.allText.contains("root:x:0:0"), "/etc/passwd is never read")
    }

    @Test func templateLinksStayInsideTheLintedDirectory() throws {
        let scratch = try scratchWithSecret()
        try scratch.write("outside/vm.xml", "<domain type='kvm'><name>\(Self.marker)</name></domain>\n")
        try scratch.write("templates/real.xml", "<domain type='kvm'><name>real</name></domain>\n")
        try scratch.link("templates/inside.xml", to: "real.xml")
        try scratch.link("templates/escape.xml", to: "../outside/vm.xml")
        try scratch.link("templates/absolute.xml", to: scratch.absolute("outside/vm.xml"))
        try scratch.link("templates/loop.xml", to: "loop.xml")
        let result = try scratch.lint("templates")
        #expect(result.places(of: "NL002").sorted() == ["templates/absolute.xml:1", "templates/escape.xml:1", "templates/loop.xml:1"])
        #expect(result.findings("NL002", at: "templates/escape.xml").first?.message.contains("leaves the linted directory") == true)
        #expect(!result.allText.contains(Self.marker))
        #expect(!(try inspectionText(scratch, "templates")).contains(Self.marker))
    }

    @Test func theResolverNamesTheDanglingLinkOnly() {
        var tree = MemoryFileTree()
        tree.addFile("usr/lib/modprobe.d/kvm.conf", text: "x")
        tree.addSymbolicLink("lib", target: "/usr/lib")
        tree.addSymbolicLink("proc/cpuinfo", target: "/nowhere/cpuinfo")
        let resolver = SafePathResolver(tree: tree)
        #expect(resolver.resolve("lib/modprobe.d/kvm.conf") == .regular(path: "usr/lib/modprobe.d/kvm.conf", size: 1))
        #expect(resolver.resolve("lib/modprobe.d/missing.conf") == .missing)
        #expect(resolver.danglingLink(on: "lib/modprobe.d/missing.conf") == nil, "the link works; the file is missing")
        #expect(resolver.danglingLink(on: "proc/cpuinfo")?.link == "proc/cpuinfo")
        #expect(resolver.danglingLink(on: "proc/absent") == nil)
    }
}
