/// What a shard's report must carry so that `nestlint merge` can give exactly the findings of
/// one run over the whole fleet (SARIF `runs[0].properties["nestlint/shard"]`, JSON `shard`).
///
/// Units are linted on their own, except for one fleet-level fact: an L1 host's bundle makes
/// the domain that runs it (in its parent's bundle) a hypervisor (`HypervisorHostEvidence`).
/// Each shard records the L1 hosts it saw and, for every unit holding domains with a UUID,
/// those UUIDs; the merge combines the evidence and re-lints only the units whose evidence
/// changed (a parent and its L1 in different shards).
public struct ShardRecord: Sendable, Codable, Equatable {
    /// A place, as `SourceLocation` (the excerpt is the product UUID text).
    public struct Place: Sendable, Codable, Equatable {
        public var path: String
        public var uriBaseId: String?
        public var line: Int
        public var excerpt: String

        public init(_ location: SourceLocation) {
            path = location.file.path
            uriBaseId = location.file.baseID
            line = location.line
            excerpt = location.excerpt
        }

        public var location: SourceLocation {
            SourceLocation(file: SourceFile(path: path, baseID: uriBaseId), line: line, excerpt: excerpt)
        }
    }

    /// A file a template unit reports on (its findings carry no host).
    public struct File: Sendable, Codable, Equatable, Hashable {
        public var path: String
        public var uriBaseId: String?

        public init(_ file: SourceFile) {
            path = file.path
            uriBaseId = file.baseID
        }
    }

    /// A unit whose findings depend on fleet evidence for the UUIDs it lists.
    public struct Unit: Sendable, Codable, Equatable {
        /// `SnapshotSource.name`.
        public var name: String
        /// `SnapshotSource.shardKey`, to find the unit again when the merge re-lints it.
        public var key: String
        /// Host bundles in the unit (findings carry these as `host`).
        public var hosts: [String]
        /// Template files in the unit.
        public var files: [File]
        /// Normalised UUIDs of the unit's domains.
        public var domainUUIDs: [String]
    }

    /// `K/N`.
    public var shard: String
    public var index: Int
    public var count: Int
    /// The PATH arguments of the shard's run, re-used by the merge to re-lint a unit.
    public var arguments: [String]
    /// The run's `--max-file-size`, for the same reason.
    public var maximumFileSize: Int
    /// The L1 hosts the shard found: normalised product UUID -> the `product_uuid` file.
    public var evidence: [String: Place]
    public var units: [Unit]

    public init(selection: ShardSelection, arguments: [String], maximumFileSize: Int, evidence: [String: SourceLocation], units: [Unit]) {
        shard = selection.description
        index = selection.index
        count = selection.count
        self.arguments = arguments
        self.maximumFileSize = maximumFileSize
        self.evidence = evidence.mapValues(Place.init)
        self.units = units
    }

    /// The evidence of several runs together: for a UUID seen in several, the first place in
    /// report order, as `HypervisorHostEvidence` decides within one run.
    public static func combine(_ evidence: [[String: SourceLocation]]) -> [String: SourceLocation] {
        var combined: [String: SourceLocation] = [:]
        for part in evidence {
            for (uuid, location) in part {
                if let existing = combined[uuid], existing <= location { continue }
                combined[uuid] = location
            }
        }
        return combined
    }

    public var evidenceLocations: [String: SourceLocation] {
        evidence.mapValues(\.location)
    }
}
