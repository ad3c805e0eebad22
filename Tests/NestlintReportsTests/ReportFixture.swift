import NestlintCore
import NestlintReports

/// A small lint result built in memory: a bundle with nesting configured but not applied, and a
/// template with a file name that needs percent-encoding.
enum ReportFixture {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    static func context(category: String? = nil) -> ReportContext {
        var tree = MemoryFileTree()
        tree.addFile("host 1/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        tree.addFile("host 1/etc/modprobe.d/kvm.conf", text: "options kvm_intel nested=0\noptions kvm_intel nested=1\n")
        tree.addFile("host 1/sys/module/kvm_intel/parameters/nested", text: "N\n")
        tree.addFile(
            "templates/l1 #1 é.xml",
            text:
                "<domain type='kvm'><metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata></domain>\n"
        )
        tree.addFile("templates/broken & <bad>.xml", text: "<domain>\n<oops></domain>\n")
        let bundle = BundleScanner(tree: SubtreeFileTree(base: tree, prefix: "host 1"), namer: PathNamer(prefix: "host 1")).scan(
            name: "host 1")
        let (templates, _) = TemplateScanner(tree: SubtreeFileTree(base: tree, prefix: "templates"), namer: PathNamer(prefix: "templates"))
            .scan(name: "templates")
        var result = Linter(catalog: catalog).lint([bundle, templates])
        result.notifications.append(Notification(level: .warning, message: "sample tool problem", file: SourceFile(path: "host 1")))
        return ReportContext(result: result, catalog: catalog, toolVersion: "0.1.0", category: category)
    }
}
