/// Which archive members to keep in memory while streaming, so that a bundle scan and the
/// snapshot reader usually find every file they read without a second pass.
///
/// This is only an optimisation: a member the scan needs but that was not kept is fetched in
/// another pass (`ArchiveInput`), so the lint result never depends on this list. It follows
/// INPUTS.md's "Paths inside a bundle", matched at the archive root and one directory down
/// (`sosreport-host-…/` is the usual top-level directory).
enum ArchiveRetention {
    static let exactPaths: Set<String> = [
        "etc/modprobe.conf", "proc/cpuinfo", "proc/modules", "proc/cmdline", "proc/version", "proc/mounts",
        "sos_commands/kernel/lsmod", "sos_commands/kernel/uname_-a", "sos_commands/hardware/dmidecode",
        "sys/class/dmi/id/product_uuid", "sys/devices/virtual/dmi/id/product_uuid", "etc/hostname",
    ]

    static let directoryPrefixes = [
        "etc/modprobe.d/", "run/modprobe.d/", "usr/local/lib/modprobe.d/", "usr/lib/modprobe.d/", "lib/modprobe.d/",
        "etc/libvirt/qemu/", "run/libvirt/qemu/", "var/run/libvirt/qemu/", "sos_commands/virsh/",
    ]

    /// Root files of a sosreport are often links (`lsmod`, `uname`); copies that flattened them
    /// hold a short path, which the scan reads. Small root files are kept for that.
    static let smallRootFileSize = 4096

    /// Whether to keep the member at `path` (normalised) of `size` bytes.
    static func wants(_ path: String, size: Int) -> Bool {
        if matches(path, size: size) { return true }
        guard let slash = path.firstIndex(of: "/") else { return false }
        return matches(String(path[path.index(after: slash)...]), size: size)
    }

    private static func matches(_ path: String, size: Int) -> Bool {
        if exactPaths.contains(path) { return true }
        if !path.contains("/") { return size <= smallRootFileSize }
        if directoryPrefixes.contains(where: { path.hasPrefix($0) }) { return true }
        if path.hasPrefix("sys/module/kvm"), path.contains("/parameters/") { return true }
        if path.hasSuffix("/modules.builtin"), path.hasPrefix("lib/modules/") || path.hasPrefix("usr/lib/modules/") { return true }
        if path == "sys/class/dmi/id" { return size <= smallRootFileSize }
        return false
    }
}
