import Foundation
import Testing

@testable import NestlintCore

/// The parameter table (rules/data/module-parameters.yml) and the value checks built on it:
/// kstrtoint/kstrtobool semantics, types that changed over releases, and architectures.
@Suite struct HostParameterTableTests {
    static let table: ModuleParameterTable = try! RulePackLoader().builtinParameterTable()

    @Test func theTableNamesItsSourceAndTheNestedTypes() {
        #expect(Self.table.source.contains("Linux"))
        #expect(Self.table.type(module: "kvm_intel", parameter: "nested") == .bool)
        #expect(Self.table.type(module: "kvm_amd", parameter: "nested") == .int)
        #expect(Self.table.type(module: "kvm_hv", parameter: "nested") == .bool)
        #expect(Self.table.has(module: "kvm", parameter: "nested", architecture: "s390x") == true)
        #expect(Self.table.has(module: "kvm", parameter: "nested", architecture: "x86") == false)
        #expect(Self.table.has(module: "kvm", parameter: "halt_poll_ns", architecture: "s390x") == true)
        #expect(Self.table.has(module: "it87", parameter: "anything", architecture: "x86") == nil)
        #expect(Self.table.entry(module: "kvm_amd", parameter: "npt")?.allTypes == [.bool, .int])
    }

    @Test func theTableFileOnDiskIsTheEmbeddedOne() throws {
        let text = try String(contentsOf: RepositoryPaths.rules.appendingPathComponent("data/module-parameters.yml"), encoding: .utf8)
        let fromDisk = try ModuleParameterTable(path: "rules/data/module-parameters.yml", text: text)
        #expect(fromDisk.modules == Self.table.modules)
    }

    @Test func malformedTablesNameTheirLine() {
        let text = "source: x\nmodules:\n  kvm:\n    parameters:\n      nested: {type: integer}\n"
        #expect(throws: RuleFileError.self) { try ModuleParameterTable(path: "t.yml", text: text) }
        do {
            _ = try ModuleParameterTable(path: "t.yml", text: text)
        } catch {
            #expect((error as RuleFileError).line == 5)
        }
    }

    @Test func suggestionsAndOwners() {
        #expect(Self.table.closestParameter(to: "nest", module: "kvm_intel", architecture: "x86") == "nested")
        #expect(Self.table.closestParameter(to: "diable_vga", module: "vfio_pci", architecture: "x86") == "disable_vga")
        #expect(Self.table.modules(having: "nested", architecture: "x86", except: "kvm") == ["kvm_amd", "kvm_intel"])
    }

    @Test(arguments: [
        ("1", ParameterType.int, true), ("0x1f", .int, true), ("010", .int, true), ("-1", .int, true), ("+1", .int, true),
        ("1\n", .int, true), ("Y", .int, false), ("true", .int, false), ("", .int, false), ("08", .int, false),
        ("0x", .int, false), ("-+1", .int, false), ("2147483648", .int, false), ("-1", .uint, false),
        ("4294967295", .uint, true), ("65536", .ushort, false), ("255", .byte, true), ("18446744073709551615", .ulong, true),
    ])
    func integerParsingFollowsKstrtox(value: String, type: ParameterType, accepted: Bool) {
        #expect(IntegerValue.isAccepted(value, as: type) == accepted, "\(value) as \(type)")
    }

    @Test func integerParametersWithoutAValueAreRejected() {
        #expect(!IntegerValue.isAccepted(nil, as: .int))
    }

    @Test func valueChecksByTypeAndKernel() {
        let old = KernelVersion(release: "5.4.0-150-generic")
        let new = KernelVersion(release: "6.1.0")
        func verdict(_ value: String?, _ types: [ParameterType], _ kernel: KernelVersion?) -> ParameterValueCheck.Verdict {
            ParameterValueCheck.check(value, types: types, kernel: kernel).verdict
        }
        #expect(verdict("Y", [.int], nil) == .intRejected)
        #expect(verdict(nil, [.int], nil) == .intRejected)
        #expect(verdict("1", [.int], nil) == .accepted)
        #expect(verdict("2", [.bool], nil) == .boolRejected)
        #expect(verdict("", [.bool], new) == .boolRejected)
        #expect(verdict(nil, [.bool], nil) == .accepted)
        #expect(verdict("yes please", [.bool], nil) == .accepted)
        #expect(verdict("on", [.bool], nil) == .boolKernelUnknown)
        #expect(verdict("on", [.bool], old) == .accepted)
        #expect(verdict("true", [.bool], old) == .boolNeedsNewerKernel)
        #expect(verdict("true", [.bool], new) == .accepted)
        #expect(verdict("enable", [.bool], new) == .boolKernelUnknown)
        // kvm_amd npt: bool now, int before.
        #expect(verdict("Y", [.bool, .int], nil) == .intRejectedSomeKernels)
        #expect(verdict("2", [.bool, .int], nil) == .boolRejectedSomeKernels)
        #expect(verdict("x", [.bool, .int], nil) == .boolRejected)
        #expect(verdict("1", [.bool, .int], nil) == .accepted)
        #expect(verdict("auto", [.other], nil) == .notChecked)
        #expect(ParameterValueCheck.check("true", types: [.bool], kernel: old).acceptedSince == "5.19")
    }

    @Test func truthOfAssignmentsUsesTheParameterType() {
        func truth(_ module: String, _ parameter: String, _ value: String?) -> Bool? {
            Self.table.truth(
                of: ParameterAssignment(
                    module: module, parameter: parameter, value: value, token: "", source: .modprobe,
                    location: SourceLocation(file: SourceFile(path: "x"), line: 1)))
        }
        #expect(truth("kvm_intel", "nested", "Y") == true)
        #expect(truth("kvm_intel", "nested", "n") == false)
        #expect(truth("kvm_intel", "nested", nil) == true)
        #expect(truth("kvm_amd", "nested", "1") == true)
        #expect(truth("kvm_amd", "nested", "0x0") == false)
        #expect(truth("kvm_amd", "nested", "Y") == nil)
        #expect(truth("kvm_amd", "npt", "N") == false)
        #expect(truth("kvm_amd", "npt", "0") == false)
    }
}
