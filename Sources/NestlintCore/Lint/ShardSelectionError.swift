/// A `--shard` value that is not `K/N` with 1 ≤ K ≤ N.
public struct ShardSelectionError: Error, Sendable, CustomStringConvertible {
    public let text: String

    public var description: String { "--shard takes K/N with 1 <= K <= N (for example 2/8), not \(text)" }
}
