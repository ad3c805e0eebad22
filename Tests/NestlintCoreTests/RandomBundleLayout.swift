import Foundation

/// A bundle of random shape on disk, made of the paths a bundle scan probes: each one a file,
/// a directory, a FIFO or a symbolic link to somewhere (inside, outside, absolute, itself,
/// nowhere), so that the fast scan meets links at every depth and at the last component.
struct RandomBundleLayout {
    /// Paths the scanner asks about, or lists, or that links may point at.
    static let vocabulary = [
        "etc", "etc/modprobe.conf", "etc/modprobe.d", "etc/modprobe.d/kvm.conf", "etc/modprobe.d/sub",
        "etc/modprobe.d/sub/nested.conf", "etc/modprobe.d/.hidden.conf", "etc/modprobe.d/notes.txt", "run/modprobe.d/a.conf",
        "usr/lib/modprobe.d/z.conf", "lib/modprobe.d/l.conf", "usr/local/lib/modprobe.d", "usr", "usr/lib", "lib",
        "sys/module/kvm_intel/parameters/nested", "sys/module/kvm_amd/parameters/nested", "sys/module/kvm/parameters",
        "sys/module", "sys/class/dmi/id/product_uuid", "sys/devices/virtual/dmi/id/product_uuid", "proc", "proc/cpuinfo",
        "proc/modules", "proc/cmdline", "proc/version", "lsmod", "uname", "sos_commands", "sos_commands/kernel/lsmod",
        "sos_commands/kernel/uname_-a", "sos_commands/virsh/virsh_-r_dumpxml_guest", "sos_commands/virsh/other",
        "lib/modules/6.1.0/modules.builtin", "usr/lib/modules/5.15.0/modules.builtin", "etc/libvirt/qemu/a.xml",
        "etc/libvirt/qemu/b.xml", "etc/libvirt/qemu", "etc/libvirt", "run/libvirt/qemu/live.xml", "var/run", "var/run/libvirt/qemu/c.xml",
        "etc/hostname", "data", "data/cpuinfo", "data/dir/x.conf",
    ]

    /// Link targets: other paths of the bundle (relative and absolute), climbs out, loops,
    /// the live system, nothing.
    static let targets = [
        "..", "../..", "../../..", "../../../outside/secret", "/", "/data", "/data/cpuinfo", "/proc/cpuinfo", "data",
        "../data/dir", ".", "./", "nowhere", "/nowhere/at/all", "sos_commands/kernel/lsmod", "../sys/devices/virtual/dmi/id",
        "../../devices/virtual/dmi/id", "/usr/lib", "usr/lib", "/etc/../etc/modprobe.d", "loop", "/proc/../../..",
    ]

    /// Creates the bundle `host` (and `outside/secret` beside it) in `scratch`.
    static func build(in scratch: HostileScratch, seed: UInt64) {
        var random = HostileRandom(seed: seed)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        try? scratch.write("outside/secret", "options kvm_intel nested=0 \(HostileXMLTests.marker)\n")
        try? scratch.write("outside/dir/x.conf", "options kvm_intel nested=0 \(HostileXMLTests.marker)\n")
        for _ in 0..<(12 + Int(random.next() % 20)) {
            let path = "host/" + pick(vocabulary)
            guard !FileManager.default.fileExists(atPath: scratch.absolute(path)) else { continue }
            // Each step may fail where a parent is a file or a link: that entry is left out.
            switch random.next() % 10 {
            case 0, 1, 2: try? scratch.write(path, path.hasSuffix(".xml") ? "<domain type='kvm'><name>d</name></domain>\n" : "x=1\n")
            case 3: try? scratch.directory(path)
            case 4: try? scratch.fifo(path)
            case 5: try? scratch.write(path, pick(["data/cpuinfo\n", "sos_commands/kernel/lsmod\n", "../../devices/virtual/dmi/id"]))
            default:
                let target = random.next() % 3 == 0 ? pick(vocabulary) : pick(targets)
                try? scratch.link(path, to: target == "loop" ? (path as NSString).lastPathComponent : target)
            }
        }
        try? scratch.write("host/etc/modprobe.d/base.conf", "options kvm_intel nested=1\n")
    }
}
