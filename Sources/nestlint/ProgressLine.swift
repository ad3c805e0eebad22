import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The progress line of a fleet run on standard error: `nestlint: 120/500 units linted`,
/// redrawn in place at most ten times a second and erased at the end. Shown only when
/// standard error is a terminal (never in logs or CI output) and not with `--quiet`.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: every access holds the lock.
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// A progress line when the run is a fleet (several host bundles) shown on a terminal.
    /// It counts every unit (bundles, archives, template files), as they finish.
    static func forFleet(bundles: Int, units: Int, quiet: Bool) -> ProgressLine? {
        guard !quiet, bundles > 1, units > 1, isatty(STDERR_FILENO) != 0 else { return nil }
        return ProgressLine()
    }

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        drawn = true
        draw("\r\u{1B}[2Knestlint: \(done)/\(total) units linted")
    }

    /// Erases the line so the report (or the next prompt) starts clean.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { draw("\r\u{1B}[2K") }
        drawn = false
    }

    private func draw(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
