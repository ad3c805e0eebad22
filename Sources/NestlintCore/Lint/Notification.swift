/// A problem of nestlint itself during a run (SARIF `toolExecutionNotifications`): an input
/// skipped, a path that could not be used. Findings are about inputs; notifications about the run.
public struct Notification: Sendable, Equatable {
    public let level: Severity
    public let message: String
    public let file: SourceFile?

    public init(level: Severity, message: String, file: SourceFile? = nil) {
        self.level = level
        self.message = message
        self.file = file
    }
}
