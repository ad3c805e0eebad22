/// A SARIF log whose memory is freed on another thread (`SARIFReport.renderUTF8`): the box is
/// the log's only holder, so whichever thread drops the box's last reference frees the log.
final class LogRelease: @unchecked Sendable {
    // @unchecked: `log` is read by the thread that made the box, before the box is handed to
    // another thread (a dispatch orders the two), which then clears it once.
    private var log: SARIFLog?

    init(_ log: SARIFLog) {
        self.log = log
    }

    /// The log as UTF-8 (`SARIFLogSerialiser.bytes`).
    func serialised() -> [UInt8] {
        log.map(SARIFLogSerialiser.bytes) ?? []
    }

    func drop() {
        log = nil
    }
}
