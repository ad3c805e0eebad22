import Foundation
import Testing

/// The fleet features from the command line: `--jobs`, `--shard` with `nestlint merge`,
/// archives in a fleet, and the progress line's silence when standard error is not a terminal.
@Suite struct FleetCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")

    /// The fixture bundles and templates as a fleet, two bundles also as tarballs.
    static func fleet() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let fleet = directory.url.appendingPathComponent("fleet")
        try FileManager.default.createDirectory(at: fleet, withIntermediateDirectories: true)
        let bundles = fixtures.appendingPathComponent("bundles")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundles.path).sorted() where !name.contains(".") {
            try FileManager.default.copyItem(at: bundles.appendingPathComponent(name), to: fleet.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("templates"), to: fleet.appendingPathComponent("templates"))
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("hostile/bundle-links"), to: fleet.appendingPathComponent("bundle-links"))
        try run([
            "tar", "-czf", fleet.appendingPathComponent("packed-links.tar.gz").path, "-C", fixtures.appendingPathComponent("hostile").path,
            "bundle-links",
        ])
        return directory
    }

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
    }

    @Test func jobsDoNotChangeTheReports() throws {
        let directory = try Self.fleet()
        for format in ["sarif", "junit", "json", "text"] {
            let one = try CommandLineRunner.run(["lint", "fleet", "--format", format, "--jobs", "1"], in: directory.url)
            let two = try CommandLineRunner.run(["lint", "fleet", "--format", format, "--jobs", "2"], in: directory.url)
            #expect(one.status == 1)
            #expect(two.status == one.status)
            #expect(two.output == one.output)
            #expect(!one.output.isEmpty)
        }
    }

    /// Results carry their host; JUnit has a suite per host.
    @Test func reportsNameTheHost() throws {
        let directory = try Self.fleet()
        let sarif = try CommandLineRunner.run(["lint", "fleet", "--format", "sarif"], in: directory.url)
        #expect(sarif.output.contains("\"host\" : \"fleet/packed-links.tar.gz/bundle-links\""))
        #expect(sarif.output.contains("\"host\" : \"fleet/intel-config-not-applied\""))
        let json = try CommandLineRunner.run(["lint", "fleet", "--format", "json"], in: directory.url)
        #expect(json.output.contains("\"host\" : \"fleet/bundle-links\""))
        let junit = try CommandLineRunner.run(["lint", "fleet", "--format", "junit"], in: directory.url)
        #expect(junit.output.contains("<testsuite name=\"fleet/packed-links.tar.gz/bundle-links\""))
        #expect(junit.output.contains("<testsuite name=\"fleet/amd-bad-values\""))
    }

    /// The shards' reports merged are byte for byte the report of one run.
    @Test(arguments: [("sarif", 2), ("sarif", 3), ("json", 3)])
    func mergedShardsAreOneRun(format: String, count: Int) throws {
        let directory = try Self.fleet()
        let whole = try CommandLineRunner.run(["lint", "fleet", "--format", format, "--fail-on", "never"], in: directory.url)
        var files: [String] = []
        for index in 1...count {
            let file = "shard-\(index).\(format)"
            let shard = try CommandLineRunner.run(
                ["lint", "fleet", "--shard", "\(index)/\(count)", "--format", format, "-o", file, "--fail-on", "never"], in: directory.url)
            #expect(shard.status == 0)
            files.append(file)
        }
        let merged = try CommandLineRunner.run(["merge"] + files.reversed() + ["--fail-on", "never"], in: directory.url)
        #expect(merged.status == 0)
        #expect(merged.error.isEmpty)
        #expect(merged.output == whole.output)
        let failing = try CommandLineRunner.run(["merge"] + files, in: directory.url)
        #expect(failing.status == 1)
    }

    /// A parent's domain runs an L1 linted in the other shard: the merge lints the parent again
    /// with the whole fleet's evidence and still gives one run's report.
    @Test func mergeLintsAgainWhatCrossesShards() throws {
        let directory = try TemporaryDirectory()
        try directory.write("fleet/parent/proc/cpuinfo", "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        try directory.write(
            "fleet/parent/etc/libvirt/qemu/l1.xml",
            "<domain type='kvm'>\n  <name>l1</name>\n  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>\n  <cpu mode='custom'><model>Skylake-Server</model></cpu>\n</domain>\n"
        )
        try directory.write("fleet/l1/proc/cpuinfo", "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm hypervisor\n")
        try directory.write("fleet/l1/sys/class/dmi/id/product_uuid", "4DEA22B3-1D52-D8F3-2516-782E98AB3FA0\n")
        try directory.write("fleet/l1/etc/libvirt/qemu/l2.xml", "<domain type='kvm'><name>l2</name></domain>\n")
        let whole = try CommandLineRunner.run(["lint", "fleet", "--format", "sarif", "--fail-on", "never"], in: directory.url)
        #expect(whole.output.contains("NL401"))
        for index in 1...2 {
            _ = try CommandLineRunner.run(
                ["lint", "fleet", "--shard", "\(index)/2", "--format", "sarif", "-o", "s\(index).sarif"], in: directory.url)
        }
        let merged = try CommandLineRunner.run(["merge", "s1.sarif", "s2.sarif", "--fail-on", "never"], in: directory.url)
        #expect(merged.status == 0)
        #expect(merged.output == whole.output)
        // From elsewhere the shards' paths lead nowhere: the merge says so instead of guessing.
        let elsewhere = try TemporaryDirectory()
        let lost = try CommandLineRunner.run(["merge", directory.path("s1.sarif"), directory.path("s2.sarif")], in: elsewhere.url)
        #expect(lost.status == 2)
        #expect(lost.error.contains("fleet/parent"))
    }

    @Test func mergeRefusesWhatIsNotOneRun() throws {
        let directory = try Self.fleet()
        for index in 1...3 {
            _ = try CommandLineRunner.run(
                ["lint", "fleet", "--shard", "\(index)/3", "--format", "sarif", "-o", "s\(index).sarif"], in: directory.url)
        }
        _ = try CommandLineRunner.run(["lint", "fleet", "--format", "sarif", "-o", "whole.sarif"], in: directory.url)
        _ = try CommandLineRunner.run(["lint", "fleet", "--shard", "1/3", "--format", "json", "-o", "s1.json"], in: directory.url)
        let missing = try CommandLineRunner.run(["merge", "s1.sarif", "s3.sarif"], in: directory.url)
        #expect(missing.status == 2)
        #expect(missing.error.contains("2/3 missing"))
        let twice = try CommandLineRunner.run(["merge", "s1.sarif", "s1.sarif", "s2.sarif", "s3.sarif"], in: directory.url)
        #expect(twice.status == 2)
        let plain = try CommandLineRunner.run(["merge", "whole.sarif"], in: directory.url)
        #expect(plain.status == 2)
        #expect(plain.error.contains("no shard record"))
        let mixed = try CommandLineRunner.run(["merge", "s1.json", "s2.sarif", "s3.sarif"], in: directory.url)
        #expect(mixed.status == 2)
    }

    @Test func badShardValuesAreUsageErrors() throws {
        let directory = try Self.fleet()
        for value in ["0/2", "3/2", "x"] {
            let outcome = try CommandLineRunner.run(["lint", "fleet", "--shard", value], in: directory.url)
            #expect(outcome.status == 64)
        }
        let baseline = try CommandLineRunner.run(["lint", "fleet", "--shard", "1/2", "--baseline", "old.sarif"], in: directory.url)
        #expect(baseline.status == 64)
        let jobs = try CommandLineRunner.run(["lint", "fleet", "--jobs", "0"], in: directory.url)
        #expect(jobs.status == 64)
    }

    /// Standard error is a pipe here: no progress line, with or without --quiet.
    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let directory = try Self.fleet()
        let outcome = try CommandLineRunner.run(["lint", "fleet", "--format", "json", "--fail-on", "never"], in: directory.url)
        #expect(outcome.status == 0)
        #expect(outcome.error.isEmpty)
        let quiet = try CommandLineRunner.run(["lint", "fleet", "--quiet", "--format", "json", "--fail-on", "never"], in: directory.url)
        #expect(quiet.error.isEmpty)
        #expect(quiet.output == outcome.output)
    }
}
