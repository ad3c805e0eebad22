import Foundation
import Testing

@testable import NestlintCore

/// The shortcuts that make host facts cheap must not change a single result: byte-wise name
/// folding and flag splitting, repeated cpuinfo blocks looked at once, the parameter table's
/// answers kept per name, and artifact rules evaluated without facts they cannot use.
@Suite struct HostFactsShortcutTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    @Test func moduleNamesFoldAsTheCharacterSearchDoes() {
        let names = [
            "kvm-intel", "kvm_intel", "kvm", "-", "a--b-", "", "é-x", "x-\u{301}y", "kvm\u{2010}intel", "-\u{301}", "nested",
        ]
        for name in names {
            #expect(ModuleName.fold(name) == name.replacingOccurrences(of: "-", with: "_"), "\(name.unicodeScalars.map(\.value))")
        }
    }

    @Test func trimmingLooksAtBytesOnlyWhereTheyAreTheCharacters() {
        /// Trimming by characters, as it was before the byte path.
        func byCharacters(_ text: String) -> String {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
            return String(text[first...text.lastIndex(where: { !isSpace($0) })!])
        }
        let texts = [
            "  a b  ", "\t\r\n x \r\n", "\r\n", "x\r\n", "\r\nx", " \r", "", "   ", " \u{301}x ", "é  ", "\n\rx\n\r", "plain",
        ]
        for text in texts {
            #expect(text.trimmingWhitespace == byCharacters(text), "\(text.unicodeScalars.map(\.value))")
            #expect(text[...].trimmingWhitespace == byCharacters(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func flagsSplitAsTheCharacterSplitDoes() {
        let values = ["fpu vme de", "fpu  vmx   lm", " svm ", "", "fpu\tvmx lm", "fpu \u{301}vmx lm", "é vmx", "vmx vmx"]
        for value in values {
            #expect(CPUInfo.flags(of: value) == Set(value.split(separator: " ").map(String.init)), "\(value)")
        }
    }

    @Test func s390IsFoundAsTheCharacterSearchFindsIt() {
        let values = ["IBM/S390", "S390", "S39", "", "GenuineIntel", "IBM/S390\u{301}", "é S390", "S3\u{301}90", "xxS390yy"]
        for value in values {
            #expect(CPUInfo.namesS390(value) == value.contains("S390"), "\(value.unicodeScalars.map(\.value))")
        }
    }

    @Test func loadedModuleLinesSplitAsTheCharacterSplitDoes() {
        let text = [
            "Module                  Size  Used by",
            "kvm_intel             372736  0",
            "kvm                  1028096  1 kvm_intel",
            "vboxdrv 487424 2 vboxnetadp,vboxnetflt, Live 0xffffffffc0c52000 (OE)",
            "irqbypass\t16384\t1 kvm,\tLive  0xffffffffc0a5b000",
            "kvm-amd 155648 3 -   ",
            "é-mod 10 2 kvm,\u{301}x",
            "bad 10",
        ].joined(separator: "\n")
        let loaded = LoadedModules(file: SourceFile(path: "proc/modules"), lines: TextLines(text: text))
        #expect(loaded.modules.keys.sorted() == ["irqbypass", "kvm", "kvm_amd", "kvm_intel", "vboxdrv", "é_mod"])
        #expect(loaded.modules["vboxdrv"]?.holders == ["vboxnetadp", "vboxnetflt"])
        #expect(loaded.modules["irqbypass"]?.holders == ["kvm"])
        #expect(loaded.modules["kvm_amd"]?.holders == [])
        #expect(loaded.modules["kvm_amd"]?.useCount == 3)
        #expect(loaded.modules["é_mod"]?.holders == ["kvm,\u{301}x"])
        #expect(loaded.modules["kvm"]?.location.line == 3)
    }

    @Test func repeatedProcessorBlocksGiveTheFlagsEveryProcessorHas() {
        let block = { (number: Int, flags: String) in "processor\t: \(number)\nvendor_id\t: GenuineIntel\nflags\t\t: \(flags)\n\n" }
        let text =
            block(0, "fpu vmx lm hypervisor") + block(1, "fpu vmx lm hypervisor") + block(2, "fpu vmx lm")
            + block(3, "fpu vmx lm hypervisor")
        let cpu = CPUInfo(file: SourceFile(path: "proc/cpuinfo"), lines: TextLines(text: text))
        #expect(cpu.flags == ["fpu", "vmx", "lm"])
        #expect(cpu.flagsLocation?.line == 3)
        #expect(cpu.vendorLocation?.line == 2)
        #expect(cpu.processorCount == 4)
        #expect(cpu.architecture == "x86_64")
    }

    @Test func aRepeatedS390VendorLineStillDecidesTheArchitecture() {
        // The last line that names an architecture decides, even when it repeats an earlier one.
        let text = "vendor_id\t: IBM/S390\ncpu\t\t: POWER9\nvendor_id\t: IBM/S390\n"
        let cpu = CPUInfo(file: SourceFile(path: "proc/cpuinfo"), lines: TextLines(text: text))
        #expect(cpu.architecture == "s390x")
        let power = CPUInfo(file: SourceFile(path: "proc/cpuinfo"), lines: TextLines(text: "vendor_id\t: IBM/S390\ncpu\t\t: POWER9\n"))
        #expect(power.architecture == "ppc64")
    }

    @Test func aHashUnderACombiningMarkIsNoInlineComment() throws {
        let file = ModprobeFile(
            file: SourceFile(path: "kvm.conf"), lines: TextLines(text: "options kvm_intel nested=1 a#\u{301}b\noptions kvm_intel x#y\n"))
        #expect(file.commands[0].optionsJunk == nil)
        let junk = try #require(file.commands[1].optionsJunk)
        #expect(junk.reason == .inlineComment)
        #expect(junk.startIndex == 1)
    }

    @Test func keptParameterAnswersAreTheTablesAnswers() {
        let table = Self.catalog.parameters
        let names = ["nested", "nest", "nestd", "ept", "npt", "avic", "vgif", "halt_poll_ns", "ignore_msrs", "#", "AVIC", "zzz", "hpage"]
        for module in ["kvm", "kvm_intel", "kvm_amd", "kvm_hv", "it87"] {
            for architecture in ["x86", "s390x", "ppc64", "aarch64"] {
                for name in names {
                    let exists = table.has(module: module, parameter: name, architecture: architecture)
                    let entry = table.entry(module: module, parameter: name)
                    let expected = ParameterDescription(
                        knowsModule: table.knows(module: module), exists: exists,
                        suggestion: exists == false ? table.closestParameter(to: name, module: module, architecture: architecture) : nil,
                        owners: exists == false ? table.modules(having: name, architecture: architecture, except: module) : [],
                        types: entry.flatMap { $0.exists(on: architecture) ? $0.allTypes : nil })
                    // Twice: worked out, then kept.
                    #expect(table.describe(module: module, parameter: name, architecture: architecture) == expected)
                    #expect(table.describe(module: module, parameter: name, architecture: architecture) == expected)
                }
            }
        }
        #expect(table.describe(module: "kvm_intel", parameter: "nest", architecture: "x86").suggestion == "nested")
        #expect(table.describe(module: "kvm", parameter: "nested", architecture: "x86").owners.contains("kvm_intel"))
    }

    @Test func answersPastTheCapacityAreWorkedOutEachTime() {
        let cache = ParameterDescriptionCache()
        let answer = ParameterDescription(knowsModule: true, exists: false, suggestion: nil, owners: [], types: nil)
        var made = 0
        for index in 0..<ParameterDescriptionCache.capacity {
            _ = cache.description(for: .init(module: "kvm", parameter: "p\(index)", architecture: "x86")) {
                made += 1
                return answer
            }
        }
        let past = ParameterDescriptionCache.Key(module: "kvm", parameter: "past", architecture: "x86")
        for _ in 0..<2 {
            _ = cache.description(for: past) {
                made += 1
                return answer
            }
        }
        _ = cache.description(for: .init(module: "kvm", parameter: "p0", architecture: "x86")) {
            made += 1
            return answer
        }
        #expect(made == ParameterDescriptionCache.capacity + 2)
    }

    /// A bundle in memory.
    static func snapshot(_ files: [String: String]) -> Snapshot {
        var tree = MemoryFileTree()
        for (path, text) in files { tree.addFile(path, text: text) }
        return BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "host")
    }

    @Test func everyFileIsEvaluatedByTheArtifactRules() {
        let snapshot = Self.snapshot([
            "proc/cpuinfo": "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n",
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
            "etc/libvirt/qemu/broken.xml": "<domain type='kvm'><name>vm1</name>\n",
        ])
        let result = Linter(catalog: Self.catalog).lint([snapshot])
        let artifactRules = Self.catalog.rules(in: .artifact).map(\.id).sorted()
        for suite in ["proc/cpuinfo", "etc/modprobe.d/kvm.conf", "etc/libvirt/qemu/broken.xml"] {
            let evaluation = result.evaluations.first { $0.suite == suite && $0.kind == .artifact }
            #expect(evaluation.map { Set(artifactRules).isSubset(of: $0.ruleIDs) } == true, "\(suite)")
        }
        #expect(result.findings.filter { $0.ruleID == "NL001" }.map(\.location.file.path) == ["etc/libvirt/qemu/broken.xml"])
    }

    @Test func anArtifactRuleOnTheFileItselfStillSeesItsKind() throws {
        let text = """
            id: XX901
            name: every-cpuinfo
            severity: note
            scope: artifact
            summary: s
            rationale: r
            fix: f
            at: artifact.kind
            when: {fact: artifact.kind, equals: cpuinfo}
            message: "a {artifact.kind} file"
            examples:
              must-flag:
                - bundle:
                    proc/cpuinfo: "↓vendor_id\\t: GenuineIntel\\n"
              must-not-flag:
                - bundle:
                    etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\\n"
            """
        let rule = try RuleLoader().load(path: "pack/XX901-every-cpuinfo.yml", text: text)
        let catalog = try RuleCatalog(rules: Self.catalog.rules + [rule], parameters: Self.catalog.parameters)
        let snapshot = Self.snapshot([
            "proc/cpuinfo": "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n",
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
        ])
        let findings = Linter(catalog: catalog).lint([snapshot]).findings.filter { $0.ruleID == "XX901" }
        #expect(findings.map(\.location.file.path) == ["proc/cpuinfo"])
        #expect(findings.first?.message == "a cpuinfo file")
    }
}
