import NestlintCore

/// One input reader of nestlint as a fuzz target: the bytes go where a bundle would hold them and
/// run through the whole pipeline (read, parse, facts, rules, inspection), exactly as
/// `nestlint lint` would meet them.
///
/// This file is compiled twice: by `swift test` (the regression inputs in `Fuzz/regressions/`)
/// and, through a symbolic link, by the libFuzzer package in `Fuzz/`, so a saved crash input is
/// replayed by the very code that found it. It uses only NestlintCore's public interface.
enum HostileFuzzTarget: String, CaseIterable, Sendable {
    case modprobe
    case cpuinfo
    case lsmod
    case sysfs
    case xml
    case rules

    /// Where the input sits in the bundle, or `nil` for the rule-file loader.
    var bundlePath: String? {
        switch self {
        case .modprobe: "etc/modprobe.d/fuzz.conf"
        case .cpuinfo: "proc/cpuinfo"
        case .lsmod: "sos_commands/kernel/lsmod"
        case .sysfs: "sys/module/kvm_intel/parameters/nested"
        case .xml: "etc/libvirt/qemu/fuzz.xml"
        case .rules: nil
        }
    }

    /// The built-in catalog, loaded once per process (a fuzzer runs millions of inputs).
    static let catalog: RuleCatalog = {
        do {
            return try RulePackLoader().catalog(userDirectories: [])
        } catch {
            fatalError("the built-in rule pack does not load: \(error)")
        }
    }()

    /// Evidence the input is combined with, so vendor-, runtime- and domain-dependent facts and
    /// rules are reached too; the input replaces the file at its own path.
    static let context: [String: String] = [
        "proc/cpuinfo": "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm hypervisor\n",
        "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
        "sys/module/kvm_intel/parameters/nested": "N\n",
        "sos_commands/kernel/lsmod":
            "Module                  Size  Used by\nkvm_intel             368640  2\nkvm                  1142784  1 kvm_intel\n",
        "proc/version": "Linux version 5.15.0-91-generic (buildd@lcy02) #101-Ubuntu SMP\n",
        "proc/cmdline": "BOOT_IMAGE=/vmlinuz root=/dev/sda1 kvm_intel.nested=0\n",
        "etc/libvirt/qemu/l2.xml": "<domain type='kvm'><name>l2</name><cpu mode='host-passthrough'/></domain>\n",
        "run/libvirt/qemu/l2.xml": "<domstatus state='running'><domain type='kvm' id='1'><name>l2</name></domain></domstatus>\n",
    ]

    /// Runs one input. Returns the number of findings (so the work cannot be optimised away;
    /// for `rules`, see `loadRule`); the outcome is not judged here: a fuzz target fails only
    /// by crashing, hanging or exhausting memory.
    @discardableResult
    func run(_ bytes: [UInt8]) -> Int {
        guard let bundlePath else { return Self.loadRule(bytes) }
        var tree = MemoryFileTree()
        for (path, text) in Self.context where path != bundlePath {
            tree.addFile(path, text: text)
        }
        tree.addFile(bundlePath, bytes: bytes)
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "fuzz")
        var count = Linter(catalog: Self.catalog).lint([snapshot]).findings.count
        if self == .modprobe {
            // `inspect` walks each module's chain of assignments, which only modprobe feeds.
            count += Inspection(snapshots: [snapshot], catalog: Self.catalog).entries.count
        }
        if self == .xml {
            // A template on its own, without host facts, takes other paths through the rules.
            var template = MemoryFileTree()
            template.addFile("fuzz.xml", bytes: bytes)
            let reference = ArtifactReference(treePath: "fuzz.xml", kind: .persistentDomain, file: SourceFile(path: "fuzz.xml"))
            let templates = Snapshot(kind: .templates, name: "fuzz", tree: template, artifacts: [reference])
            count += Linter(catalog: Self.catalog).lint([templates]).findings.count
        }
        return count
    }

    /// The rule-file loader: a rule that loads is also put in a catalog and its examples are run.
    /// Returns 0 when the loader refuses the file, else 1 plus the examples that failed.
    private static func loadRule(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        // The loader wants the file named after the rule id; name it so, or mutated seeds would
        // all stop at that check.
        let idLine = text.split(separator: "\n").first { $0.hasPrefix("id:") }
        let id = idLine.map { $0.dropFirst(3).filter { $0 != " " && $0 != "\r" && $0 != "\t" } } ?? "XX999"
        guard let rule = try? RuleLoader().load(path: "rules/\(id)-fuzz.yml", text: text) else { return 0 }
        guard let catalog = try? RuleCatalog(rules: [rule], parameters: Self.catalog.parameters) else { return 1 }
        return 1 + ExampleVerifier(catalog: catalog).verify(rule).count
    }
}
