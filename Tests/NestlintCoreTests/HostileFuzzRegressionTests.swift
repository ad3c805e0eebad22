import Foundation
import NestlintCore
import Testing

/// Replays every input the fuzzer saved in `Fuzz/regressions/<target>/` (a crash, a hang, a
/// memory blow-up once) through the same code the fuzzer ran, `HostileFuzzTarget`: each must
/// now finish, quickly. Also runs each target on known-hostile inputs, so the harness itself
/// is checked by `swift test` even while no regression is saved.
@Suite struct HostileFuzzRegressionTests {
    static let regressions = RepositoryPaths.root.appendingPathComponent("Fuzz/regressions")

    /// `target/file` for every saved input.
    static let savedInputs: [String] = HostileFuzzTarget.allCases.flatMap { target -> [String] in
        let folder = regressions.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\($0)" }
    }

    @Test(arguments: savedInputs)
    func savedInputFinishes(_ input: String) throws {
        let target = try #require(HostileFuzzTarget(rawValue: String(input.prefix { $0 != "/" })))
        let bytes = Array(try Data(contentsOf: Self.regressions.appendingPathComponent(input)))
        let started = Date()
        target.run(bytes)
        // The fuzzer calls an input that takes 10 s a hang; a debug build gets some slack.
        #expect(Date().timeIntervalSince(started) < 10, "\(input) is slow again")
    }

    @Test(arguments: [
        (HostileFuzzTarget.modprobe, Array("options kvm_intel nested=1\noptions kvm_intel nested=maybe\n\u{0}".utf8)),
        (.cpuinfo, Array("vendor_id : GenuineIntel\nflags : vmx\n\nvendor_id\n:\n::::\n".utf8)),
        (.lsmod, Array("Module Size Used by\nkvm_intel 1 99999999999999999999999 kvm,,,\nkvm x -1\n".utf8)),
        (.sysfs, [0xFF, 0xFE, 0x0D, 0x0A, 0x59]),
        (.xml, Array("<domain type='kvm'><name>vm</name><cpu mode='host-model'><feature name='vmx' policy='disable'/></cpu>".utf8)),
        (.rules, Array("id: XX100\nname: n\nseverity: warning\nscope: domain\nselect: '//'\n".utf8)),
    ])
    func eachTargetSurvivesAHostileInput(target: HostileFuzzTarget, bytes: [UInt8]) {
        target.run(bytes)
        target.run([])
        target.run(Array(bytes.reversed()))
    }

    @Test func theXMLTargetReportsWhatTheLinterReports() throws {
        // The harness must reach the rules: a malformed domain is one NL001 in a bundle and
        // one as a template.
        let fixture = try Data(contentsOf: RepositoryPaths.fixtures.appendingPathComponent("hostile/malformed-domain.xml"))
        #expect(HostileFuzzTarget.xml.run(Array(fixture)) >= 2)
    }

    @Test func theRulesTargetLoadsAndVerifiesABuiltInRule() throws {
        let rule = try #require(
            try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.rules.path).sorted().first { $0.hasSuffix(".yml") })
        let text = try Data(contentsOf: RepositoryPaths.rules.appendingPathComponent(rule))
        // A built-in rule loads and its examples pass on their own (1 = loaded, no failures).
        #expect(HostileFuzzTarget.rules.run(Array(text)) == 1)
        #expect(HostileFuzzTarget.rules.run(Array("id: [unclosed".utf8)) == 0, "a broken rule stops at the loader")
    }
}
