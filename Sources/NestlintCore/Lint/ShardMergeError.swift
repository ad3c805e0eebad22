/// Why `nestlint merge` cannot combine the given reports (exit 2).
public struct ShardMergeError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
