import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scratch directory holding a hostile bundle, hostile templates and, beside them, secrets
/// that must never reach a report. Built at run time: FIFOs, devices, sockets, a 40 MB file and
/// names git would mangle cannot be committed. Removed on deinit.
final class HostileLayout {
    /// Text that sits outside the linted directories only.
    static let marker = "NESTLINT-CLI-OUTSIDE-MARKER-93d2e7"

    let url: URL
    /// Where nestlint runs; the PATH arguments are inside it, the secrets are not.
    var work: URL { url.appendingPathComponent("work") }
    /// Whether the device node could be made (root only); a socket stands in otherwise.
    private(set) var madeDevice = false

    init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
            .appendingPathComponent("nestlint-hostile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// A file whose name is raw bytes (Latin-1 names are not valid UTF-8 strings).
    func write(directory: String, nameBytes: [UInt8], _ text: String) throws {
        try FileManager.default.createDirectory(atPath: path(directory), withIntermediateDirectories: true)
        let full = Array(path(directory).utf8) + [UInt8(ascii: "/")] + nameBytes + [0]
        let descriptor = full.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        guard descriptor >= 0 else { throw HostileLayoutError.system("open", errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard symlink(target, path(relative)) == 0 else { throw HostileLayoutError.system("symlink", errno) }
    }

    func fifo(_ relative: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard mkfifo(path(relative), 0o644) == 0 else { throw HostileLayoutError.system("mkfifo", errno) }
    }

    /// /dev/zero's twin (never ends if read) when allowed, else a bound socket.
    func deviceOrSocket(_ relative: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // makedev(1, 5) in the Linux encoding (a macro, not visible to Swift).
        if mknod(path(relative), mode_t(S_IFCHR) | 0o644, dev_t(1 << 8 | 5)) == 0 {
            madeDevice = true
            return
        }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HostileLayoutError.system("socket", errno) }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path(relative).utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw HostileLayoutError.system("socket path", ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard status == 0 else { throw HostileLayoutError.system("bind", errno) }
    }

    /// A file of `size` bytes that takes no disk space.
    func sparse(_ relative: String, size: Int, prefix: String) throws {
        try write(relative, prefix)
        guard truncate(path(relative), off_t(size)) == 0 else { throw HostileLayoutError.system("truncate", errno) }
    }

    /// Secrets outside `work`, a hostile bundle `work/host` and hostile templates
    /// `work/templates` (see `HostileCommandLineTests` for what each should produce).
    func layOut() throws {
        let secret = path("outside/secret.txt")
        try write("outside/secret.txt", "options kvm_intel nested=0 \(Self.marker)\nvendor_id : \(Self.marker)\n")
        try write("outside/dir/kvm.conf", "options kvm_intel nested=0 \(Self.marker)\n")
        try fifo("outside/fifo")
        let host = "work/host/"
        try write(host + "proc/cpuinfo", "processor\t: 0\r\nvendor_id\t: GenuineIntel\r\nflags\t\t: fpu vmx lm\r\n")
        try write(host + "etc/modprobe.d/kvm.conf", "# nesting\r\n\r\noptions kvm_intel nested=1\r\n")
        try write(host + "sys/module/kvm_intel/parameters/nested", "N\r\n")
        try link(host + "etc/modprobe.d/escape.conf", to: "../../../../outside/secret.txt")
        try link(host + "etc/modprobe.d/absolute.conf", to: "/../../../../../../../..\(secret)")
        try write(host + "etc/modprobe.d/junk.conf", [0x6F, 0x70, 0x0A, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF, 0x0A])
        try write(host + "etc/modprobe.d/latin1.conf", [0x23, 0x20, 0x72, 0xE9, 0x67, 0x6C, 0x61, 0x67, 0x65, 0x0A])
        try fifo(host + "etc/modprobe.d/fifo.conf")
        try link(host + "proc/cmdline", to: secret)
        try deviceOrSocket(host + "proc/version")
        let qemu = host + "etc/libvirt/qemu/"
        try write(
            qemu + "xxe.xml",
            "<?xml version='1.0'?>\n<!DOCTYPE domain [<!ENTITY leak SYSTEM 'file://\(secret)'><!ENTITY % block SYSTEM 'file://\(path("outside/fifo"))'> %block;]>\n<domain type='kvm'><name>&leak;</name></domain>\n"
        )
        try sparse(qemu + "huge.xml", size: 40 * 1024 * 1024, prefix: "<domain type='kvm'>\n")
        try write(qemu + "deep.xml", "<domain type='kvm'>\n" + String(repeating: "<a>\n", count: 100_000) + "</domain>\n")
        let entities = (1...9).map { level in
            "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">"
        }.joined(separator: "\n")
        try write(
            qemu + "laughs.xml",
            "<?xml version='1.0'?>\n<!DOCTYPE domain [\n<!ENTITY e0 \"lol\">\n\(entities)\n]>\n<domain type='kvm'>\n<name>&e9;</name>\n</domain>\n"
        )
        try write(qemu + "empty.xml", "")
        try link(host + "run/libvirt/qemu/loop.xml", to: "loop.xml")
        let broken = "<domain type='kvm'>\n<name>vm</name>\n</domian>\n"
        for name in ["with space.xml", "hash#1.xml", "100%.xml", "café-ü.xml", "x:colon.xml"] {
            try write("work/templates/" + name, broken)
        }
        try write(directory: "work/templates", nameBytes: Array("caf".utf8) + [0xE9] + Array(".xml".utf8), broken)
        try write(
            "work/templates/fifo-entity.xml",
            "<!DOCTYPE domain [<!ENTITY leak SYSTEM 'file://\(path("outside/fifo"))'>]>\n<domain type='kvm'><name>&leak;</name></domain>\n")
    }
}
