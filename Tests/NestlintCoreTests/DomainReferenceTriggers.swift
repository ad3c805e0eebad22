/// The triggers of NL407, NL408 and the Tier 1 NL5xx rules, written again from RULES.md
/// without XPath or libxml2, over `DomainReferenceXML`. The corpus test compares nestlint's
/// findings with these, file by file. Defaults follow libvirt: a missing feature `policy` is
/// `require`, a missing hostdev `mode` is `subsystem`, a missing filesystem `type` is `mount`,
/// and a `<shmem>` without `role` is not master.
enum DomainReferenceTriggers {
    /// One expected finding.
    struct Expected: Hashable, Comparable, CustomStringConvertible {
        let rule: String
        let line: Int
        let severity: String

        var description: String { "\(rule)@\(line)(\(severity))" }

        static func < (lhs: Expected, rhs: Expected) -> Bool {
            (lhs.line, lhs.rule, lhs.severity) < (rhs.line, rhs.rule, rhs.severity)
        }
    }

    static let qemuNamespace = "http://libvirt.org/schemas/domain/qemu/1.0"

    /// The `<domain>` of a document when it is a QEMU/KVM domain (plain or inside `<domstatus>`).
    static func qemuDomain(in root: DomainReferenceXML.Element) -> DomainReferenceXML.Element? {
        let domain = root.name == "domstatus" ? root.child("domain") : (root.name == "domain" ? root : nil)
        guard let domain, let type = domain["type"], type == "kvm" || type == "qemu" else { return nil }
        return domain
    }

    static func expected(in domain: DomainReferenceXML.Element) -> [Expected] {
        var found: [Expected] = []
        func add(_ rule: String, _ element: DomainReferenceXML.Element, _ severity: String) {
            found.append(Expected(rule: rule, line: element.line, severity: severity))
        }
        let devices = domain.children("devices").flatMap(\.children)
        func devicesNamed(_ name: String) -> [DomainReferenceXML.Element] { devices.filter { $0.name == name } }
        func hasTransientTeaming(_ element: DomainReferenceXML.Element) -> Bool {
            element.children("teaming").contains { $0["type"] == "transient" }
        }

        // NL407: host-passthrough or maximum with migratable='off'.
        for cpu in domain.children("cpu") where ["host-passthrough", "maximum"].contains(cpu["mode"] ?? "") && cpu["migratable"] == "off" {
            add("NL407", cpu, "error")
        }
        // NL408: <features><hyperv mode='passthrough'/>, or hv-no-nonarch-coresharing=auto in <qemu:commandline>.
        for hyperv in domain.children("features").flatMap({ $0.children("hyperv") }) where hyperv["mode"] == "passthrough" {
            add("NL408", hyperv, "error")
        }
        for commandLine in domain.children where commandLine.localName == "commandline" && commandLine.namespace == qemuNamespace {
            for argument in commandLine.children
            where argument.localName == "arg" && (argument["value"] ?? "").contains("hv-no-nonarch-coresharing=auto") {
                add("NL408", argument, "error")
            }
        }
        for hostdev in devicesNamed("hostdev") {
            let mode = hostdev["mode"] ?? "subsystem"
            let type = hostdev["type"] ?? ""
            if mode == "subsystem" && type == "pci" && !hasTransientTeaming(hostdev) { add("NL501", hostdev, "error") }
            if (mode == "subsystem" && ["mdev", "scsi", "scsi_host"].contains(type)) || mode == "capabilities" {
                add("NL503", hostdev, "error")
            }
            if mode == "subsystem" && type == "usb" { add("NL504", hostdev, "note") }
        }
        for interface in devicesNamed("interface") {
            switch interface["type"] {
            case "hostdev" where !hasTransientTeaming(interface): add("NL502", interface, "error")
            case "vdpa": add("NL511", interface, "warning")
            case "vhostuser": add("NL518", interface, "note")
            default: break
            }
        }
        for filesystem in devicesNamed("filesystem") {
            let virtiofs = filesystem.children("driver").contains { $0["type"] == "virtiofs" }
            if virtiofs {
                let external = filesystem.children("source").contains { $0["socket"] != nil }
                add("NL505", filesystem, external ? "warning" : "error")
            } else if (filesystem["type"] ?? "mount") == "mount" {
                add("NL506", filesystem, "warning")
            }
        }
        // NL507: invtsc with policy require/force/optional (or none) and no fixed TSC frequency.
        let fixedTSC = domain.children("clock").flatMap { $0.children("timer") }.contains { $0["name"] == "tsc" && $0["frequency"] != nil }
        for feature in domain.children("cpu").flatMap({ $0.children("feature") })
        where feature["name"] == "invtsc" && ["require", "force", "optional"].contains(feature["policy"] ?? "require") && !fixedTSC {
            add("NL507", feature, "error")
        }
        for security in domain.children("launchSecurity") where ["sev", "sev-snp", "tdx", "s390-pv"].contains(security["type"] ?? "") {
            add("NL508", security, "error")
        }
        for tpm in devicesNamed("tpm") where tpm.children("backend").contains(where: { $0["type"] == "passthrough" }) {
            add("NL509", tpm, "error")
        }
        for shmem in devicesNamed("shmem") where shmem["role"] != "master" {
            add("NL510", shmem, "error")
        }
        for disk in devicesNamed("disk") {
            if disk.child("transient") != nil { add("NL512", disk, "error") }
            for driver in disk.children("driver") where ["vmdk", "vhdx", "vdi", "qcow", "parallels", "vpc"].contains(driver["type"] ?? "") {
                add("NL513", driver, "error")
            }
            if disk["type"] == "vhostuser" { add("NL518", disk, "note") }
        }
        // NL514: virtio video with accel3d='yes'; <graphics> with <gl enable='yes'/> beside virtio video.
        let videos = devicesNamed("video")
        let virtioVideo = videos.contains { $0.children("model").contains { $0["type"] == "virtio" } }
        for video in videos {
            let accelerated = video.children("model").contains { model in
                model["type"] == "virtio" && model.children("acceleration").contains { $0["accel3d"] == "yes" }
            }
            if accelerated { add("NL514", video, "error") }
            if video.children("driver").contains(where: { $0["name"] == "vhostuser" }) { add("NL518", video, "note") }
        }
        for graphics in devicesNamed("graphics") where virtioVideo && graphics.children("gl").contains(where: { $0["enable"] == "yes" }) {
            add("NL514", graphics, "error")
        }
        // NL518: hugepages, nvdimm with a backing path, evdev input (vhost-user devices above).
        for hugepages in domain.children("memoryBacking").flatMap({ $0.children("hugepages") }) { add("NL518", hugepages, "note") }
        for memory in devicesNamed("memory")
        where memory["model"] == "nvdimm" && memory.children("source").contains(where: { $0.child("path") != nil }) {
            add("NL518", memory, "note")
        }
        for input in devicesNamed("input") where input["type"] == "evdev" { add("NL518", input, "note") }
        return found.sorted()
    }
}
