import Foundation
import Testing

@testable import NestlintCore

/// /proc/cpuinfo of real Intel, AMD, cloud-guest and non-x86 machines
/// (../shared/corpus/cpuinfo, INDEX.tsv): vendor, vmx/svm/hypervisor and architecture are read
/// as the index says.
@Suite(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
struct CPUInfoCorpusTests {
    struct Row {
        let file: String
        let architectureHint: String
        let vendorID: String
        let vmx: Bool
        let svm: Bool
        let hypervisor: Bool
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: RepositoryPaths.corpus!.appendingPathComponent("cpuinfo/INDEX.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(
                file: columns[0], architectureHint: columns[1], vendorID: columns[2], vmx: columns[4] == "True",
                svm: columns[5] == "True", hypervisor: columns[6] == "True")
        }
    }

    static func parse(_ file: String) throws -> CPUInfo {
        let bytes = try Data(contentsOf: RepositoryPaths.corpus!.appendingPathComponent("cpuinfo/" + file))
        return CPUInfo(file: SourceFile(path: file), lines: TextLines(bytes: Array(bytes)))
    }

    @Test func everyIndexedFileReadsAsIndexed() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 30)
        for row in rows {
            let cpu = try Self.parse(row.file)
            #expect((cpu.vendorID ?? "") == row.vendorID, "\(row.file)")
            #expect(cpu.flags.contains("vmx") == row.vmx, "\(row.file) vmx")
            #expect(cpu.flags.contains("svm") == row.svm, "\(row.file) svm")
            #expect(cpu.flags.contains("hypervisor") == row.hypervisor, "\(row.file) hypervisor")
            let family: String?
            switch row.architectureHint {
            case "x86": family = "x86"
            case "s390x": family = "s390x"
            case "ppc": family = "ppc64"
            default: family = nil
            }
            if let family {
                #expect(
                    HostFactsBuilder.architectureFamily(cpu.architecture) == family, "\(row.file) architecture \(cpu.architecture ?? "nil")"
                )
            }
        }
    }

    /// A bundle that holds only one of these cpuinfo files: guests without vmx/svm and old CPUs
    /// get notes (NL201, NL205) and nothing louder, since nothing in the bundle uses KVM.
    @Test func aCPUInfoAloneNeverRaisesAnErrorOrWarning() throws {
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        for row in try Self.rows() {
            var tree = MemoryFileTree()
            tree.addFile(
                "proc/cpuinfo", bytes: Array(try Data(contentsOf: RepositoryPaths.corpus!.appendingPathComponent("cpuinfo/" + row.file))))
            let result = Linter(catalog: catalog).lint([BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: row.file)])
            let noisy = result.findings.filter { $0.severity >= .warning }
            #expect(noisy.isEmpty, "\(row.file): \(noisy.map { "[\($0.ruleID)] \($0.message)" })")
            let x86WithoutExtension =
                HostFactsBuilder.architectureFamily(try Self.parse(row.file).architecture) == "x86" && !row.vmx && !row.svm
            #expect(result.findings.contains { $0.ruleID == "NL201" } == x86WithoutExtension, "\(row.file) NL201")
            #expect(result.findings.contains { $0.ruleID == "NL205" } == row.hypervisor, "\(row.file) NL205")
        }
    }

    @Test func armMachinesAreArm64Or32Bit() throws {
        #expect(try Self.parse("libvirt-virhostcpudata/linux-aarch64-with-clusters.cpuinfo").architecture == "aarch64")
        #expect(try Self.parse("libvirt-virhostcpudata/linux-aarch64-f21-mustang.cpuinfo").architecture == "aarch64")
        #expect(try Self.parse("libvirt-virhostcpudata/linux-armv6l-raspberrypi.cpuinfo").architecture == "arm")
    }

    @Test func theFlagsLineIsWhereFlagFindingsPoint() throws {
        let cpu = try Self.parse("github/jds2001__coreos-sosreport-master1__proc__cpuinfo")
        #expect(cpu.flagsLocation?.line == 20)
        #expect(cpu.vendorLocation?.line == 2)
        #expect(cpu.processorCount == 2)
        // `vmx flags` on newer kernels is not the flags line.
        let modern = try Self.parse("github/clflushopt__uarch-xyz__cpuinfo.txt")
        #expect(modern.flags.contains("vmx"))
        #expect(!modern.flags.contains("posted_intr"))
    }
}
