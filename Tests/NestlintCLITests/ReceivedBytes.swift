import Foundation

/// What a reader thread received (`ReportOutputTests`), and when it was done.
final class ReceivedBytes: @unchecked Sendable {
    var bytes = Data()
    let done = DispatchSemaphore(value: 0)
}
