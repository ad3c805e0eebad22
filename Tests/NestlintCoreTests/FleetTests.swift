import Foundation
import Synchronization
import Testing

@testable import NestlintCore

/// Fleets: every bundle (directory or archive) in a directory is a host, linted concurrently
/// with a result that does not depend on the number of jobs, and every finding names its host.
@Suite struct FleetTests {
    /// The fixtures as a fleet: host bundles, hostile bundles, templates, and two of the
    /// bundles again as archives.
    static func fixtureFleet() throws -> ArchiveScratch {
        let scratch = try ArchiveScratch()
        for bundle in ArchiveTests.fixtureBundles {
            try scratch.copy(bundle, to: "fleet/\(bundle.lastPathComponent)")
        }
        try scratch.copy(RepositoryPaths.fixtures.appendingPathComponent("templates"), to: "fleet/templates")
        let packed = ArchiveTests.fixtureBundles.prefix(2)
        for bundle in packed {
            try ArchiveTarWriter.pack(bundle, into: scratch.url("fleet/archived-\(bundle.lastPathComponent).tar.gz"), options: "-czf")
        }
        return scratch
    }

    @Test func outputDoesNotDependOnJobs() async throws {
        let scratch = try Self.fixtureFleet()
        let one = try await scratch.lint(["fleet"], jobs: 1)
        let two = try await scratch.lint(["fleet"], jobs: 2)
        let many = try await scratch.lint(["fleet"], jobs: 7)
        #expect(one.findings.count > 50)
        #expect(two.findings == one.findings)
        #expect(many.findings == one.findings)
        #expect(two.evaluations == one.evaluations)
        #expect(many.evaluations == one.evaluations)
        // The one-at-a-time API over the same snapshots gives the same result.
        let snapshots = try InputDiscovery(workingDirectory: scratch.path).discover(arguments: ["fleet"]).snapshots
        let sequential = Linter(catalog: ArchiveScratch.catalog).lint(snapshots)
        #expect(sequential.findings == one.findings)
        #expect(sequential.evaluations == one.evaluations)
    }

    /// Progress counts every unit once, in order, whatever the number of jobs, and the result is
    /// that of a run without progress.
    @Test func progressCountsEachUnitOnceInOrder() async throws {
        let scratch = try Self.fixtureFleet()
        let discovered = try InputDiscovery(workingDirectory: scratch.path).discoverSources(arguments: ["fleet"])
        for jobs in [1, 2, 5] {
            let reports = Mutex<[[Int]]>([])
            let result = await Linter(catalog: ArchiveScratch.catalog).lint(
                sources: discovered.sources, jobs: jobs, progress: { done, total in reports.withLock { $0.append([done, total]) } })
            let seen = reports.withLock { $0 }
            let total = discovered.sources.count
            #expect(seen.map { $0[0] } == Array(1...total), "\(jobs) jobs")
            #expect(seen.allSatisfy { $0[1] == total })
            #expect(result.findings == (try await scratch.lint(["fleet"], jobs: jobs)).findings)
        }
    }

    /// Units out of report order, or holding the same files, are sorted and merged when
    /// combined (the in-order case skips that): the order of the snapshots never matters, and a
    /// bundle given twice has each evaluation once and each finding twice, told apart by their
    /// fingerprints.
    @Test func unitsOutOfOrderOrRepeatedAreSortedAndMerged() throws {
        let scratch = try Self.fixtureFleet()
        let snapshots = try InputDiscovery(workingDirectory: scratch.path).discover(arguments: ["fleet"]).snapshots
        #expect(snapshots.count > 3)
        let linter = Linter(catalog: ArchiveScratch.catalog)
        let inOrder = linter.lint(snapshots)
        let reversed = linter.lint(snapshots.reversed())
        #expect(reversed.findings == inOrder.findings)
        #expect(reversed.evaluations == inOrder.evaluations)
        let twice = linter.lint(snapshots + snapshots)
        #expect(twice.evaluations == inOrder.evaluations)
        #expect(twice.findings.count == 2 * inOrder.findings.count)
        #expect(Set(twice.findings.map(\.fingerprint)).count == twice.findings.count)
        #expect(Set(twice.findings.map(\.fingerprint)).isSuperset(of: inOrder.findings.map(\.fingerprint)))
        // Each unit fingerprints its own findings; that must be what the whole run gives.
        for result in [inOrder, reversed, twice] {
            var again = result
            again.finalise()
            #expect(again.findings.map(\.fingerprint) == result.findings.map(\.fingerprint))
        }
    }

    /// A `|` in a bundle's name could make two files' fingerprint texts equal: then the run,
    /// not each unit, counts identical findings (the fingerprints are the same as sorting and
    /// fingerprinting the whole).
    @Test func fingerprintsOfUnitsAreThoseOfTheRun() async throws {
        let scratch = try ArchiveScratch()
        for (index, bundle) in ArchiveTests.fixtureBundles.prefix(3).enumerated() {
            try scratch.copy(bundle, to: "fleet/\(index == 1 ? "a|b" : "a")\(index)")
        }
        let result = try await scratch.lint(["fleet"])
        #expect(result.findings.contains { $0.location.file.path.contains("|") })
        var again = result
        again.finalise()
        #expect(again.findings.map(\.fingerprint) == result.findings.map(\.fingerprint))
    }

    /// Each bundle directory and each archive in the fleet is a host; findings say which.
    @Test func everyFindingInAFleetNamesItsHost() async throws {
        let scratch = try Self.fixtureFleet()
        let result = try await scratch.lint(["fleet"])
        let hosts = Set(result.findings.compactMap(\.host))
        let bundles = ArchiveTests.fixtureBundles.map { "fleet/\($0.lastPathComponent)" }
        let archives = ArchiveTests.fixtureBundles.prefix(2).map { "fleet/archived-\($0.lastPathComponent).tar.gz/\($0.lastPathComponent)" }
        #expect(hosts.isSubset(of: Set(bundles + archives)))
        #expect(hosts.count >= 8)
        for finding in result.findings {
            if finding.location.file.path.hasPrefix("fleet/templates/") {
                #expect(finding.host == nil)
            } else {
                let host = try #require(finding.host)
                #expect(finding.location.file.path.hasPrefix(host + "/") || finding.location.file.path == host)
            }
        }
        // Each host has its own suite (host rules), as JUnit shows it.
        for host in bundles + archives {
            #expect(result.evaluations.contains { $0.suite == host && $0.kind == .host })
        }
    }

    /// An L1 host's bundle and its parent's bundle in one fleet: the parent's domain that runs
    /// the L1 is a hypervisor by bundle evidence, whichever order and however many jobs.
    @Test(arguments: [1, 2])
    func evidenceCrossesBundlesInAFleet(jobs: Int) async throws {
        let scratch = try ArchiveScratch()
        try Self.writeL1Pair(in: scratch, parent: "fleet/parent", l1: "fleet/l1")
        let result = try await scratch.lint(["fleet"], jobs: jobs)
        let nl401 = result.findings.filter { $0.ruleID == "NL401" }
        #expect(nl401.count == 1)
        #expect(nl401.first?.location.file.path == "fleet/parent/etc/libvirt/qemu/l1.xml")
        #expect(nl401.first?.host == "fleet/parent")
        #expect(nl401.first?.related.contains { $0.location.file.path == "fleet/l1/sys/class/dmi/id/product_uuid" } == true)
        let parentAlone = try await scratch.lint(["fleet/parent"], jobs: jobs)
        #expect(parentAlone.findings.filter { $0.ruleID == "NL401" }.isEmpty)
    }

    /// A parent bundle with a KVM domain `l1` (custom CPU without vmx), and the bundle of that
    /// L1 itself (a VM, `hypervisor` flag, its own KVM domain, product UUID = the domain's UUID).
    static func writeL1Pair(in scratch: ArchiveScratch, parent: String, l1: String) throws {
        try scratch.write("\(parent)/proc/cpuinfo", "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        try scratch.write(
            "\(parent)/etc/libvirt/qemu/l1.xml",
            """
            <domain type='kvm'>
              <name>l1</name>
              <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
              <cpu mode='custom' match='exact'>
                <model fallback='forbid'>Skylake-Server</model>
              </cpu>
            </domain>

            """)
        try scratch.write("\(l1)/proc/cpuinfo", "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm hypervisor\n")
        try scratch.write("\(l1)/sys/class/dmi/id/product_uuid", "4DEA22B3-1D52-D8F3-2516-782E98AB3FA0\n")
        try scratch.write("\(l1)/etc/libvirt/qemu/l2.xml", "<domain type='kvm'><name>l2</name></domain>\n")
    }
}
