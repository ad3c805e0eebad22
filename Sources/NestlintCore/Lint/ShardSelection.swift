/// `--shard K/N`: the K-th of N disjoint parts of a run's units (1 ≤ K ≤ N).
///
/// A unit (a bundle directory, a bundle archive, a template file) belongs to the part numbered
/// `FNV-1a(shard key) mod N + 1`. The key is the unit's path relative to the PATH argument
/// (`SnapshotSource.shardKey`), so the part does not depend on the order of the arguments, on
/// the other units or on the machine: every unit lands in exactly one of the N shards.
public struct ShardSelection: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardSelectionError) {
        guard count >= 1, (1...count).contains(index) else { throw ShardSelectionError(text: "\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ShardSelectionError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { throw ShardSelectionError(text: text) }
        try self.init(index: index, count: count)
    }

    /// The 1-based shard a key belongs to among `count`.
    public static func shard(ofKey key: String, count: Int) -> Int {
        Int(StableHash.fnv1a64(key) % UInt64(count)) + 1
    }

    public func contains(key: String) -> Bool {
        Self.shard(ofKey: key, count: count) == index
    }

    public var description: String { "\(index)/\(count)" }
}
