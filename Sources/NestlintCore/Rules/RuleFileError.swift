/// A rule file nestlint cannot use: the run stops with exit status 2 and this message.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = max(1, line)
        self.message = message
    }

    public var description: String { "\(path):\(line): error: \(message)" }
}
