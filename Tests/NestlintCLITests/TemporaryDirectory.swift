import Foundation

/// A scratch directory with helpers to lay out small bundles and templates; removed on deinit.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nestlint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func path(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }

    /// A bundle whose kvm_intel has nesting configured but not applied (NL301 warning) and an
    /// L1 hypervisor template without a CPU (NL401 error).
    func layOutSample() throws {
        try write("host1/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        try write("host1/etc/modprobe.d/kvm.conf", "# nesting\noptions kvm_intel nested=1\n")
        try write("host1/sys/module/kvm_intel/parameters/nested", "N\n")
        try write(
            "templates/l1.xml",
            """
            <domain type='kvm'>
              <name>l1</name>
              <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
            </domain>

            """)
    }
}
