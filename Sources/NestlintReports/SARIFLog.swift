import NestlintCore

/// The subset of the SARIF 2.1.0 object model nestlint writes, as typed values (never untyped
/// dictionaries). Names follow the OASIS specification.
public struct SARIFLog: Codable, Sendable {
    public var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public var version = "2.1.0"
    public var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    public struct Run: Codable, Sendable {
        public var tool: Tool
        public var automationDetails: AutomationDetails?
        public var originalUriBaseIds: [String: ArtifactLocation]?
        public var invocations: [Invocation]
        public var results: [Result]
        public var columnKind = "unicodeCodePoints"
        /// Only on a `--shard` run: what `nestlint merge` needs.
        public var properties: RunProperties?
    }

    /// The run's property bag (SARIF §3.8).
    public struct RunProperties: Codable, Sendable {
        public var shard: ShardRecord?

        enum CodingKeys: String, CodingKey {
            case shard = "nestlint/shard"
        }
    }

    public struct Tool: Codable, Sendable {
        public var driver: Driver
    }

    public struct Driver: Codable, Sendable {
        public var name: String
        public var semanticVersion: String
        public var version: String
        public var rules: [ReportingDescriptor]
    }

    public struct ReportingDescriptor: Codable, Sendable {
        public var id: String
        public var name: String
        public var shortDescription: Message
        public var fullDescription: Message
        public var help: MultiformatMessage
        public var helpUri: String?
        public var defaultConfiguration: Configuration
        public var properties: RuleProperties
    }

    public struct Configuration: Codable, Sendable {
        public var level: String
    }

    public struct RuleProperties: Codable, Sendable {
        public var tags: [String]
        public var precision = "high"
        public var blocks: [String]?
    }

    public struct Message: Codable, Sendable {
        public var text: String
    }

    public struct MultiformatMessage: Codable, Sendable {
        public var text: String
        public var markdown: String
    }

    public struct AutomationDetails: Codable, Sendable {
        public var id: String
    }

    public struct Invocation: Codable, Sendable {
        public var executionSuccessful: Bool
        public var toolExecutionNotifications: [Notification]
    }

    public struct Notification: Codable, Sendable {
        public var level: String
        public var message: Message
        public var locations: [Location]?
    }

    public struct Result: Codable, Sendable {
        public var ruleId: String
        public var ruleIndex: Int
        public var level: String
        public var message: Message
        public var locations: [Location]
        public var relatedLocations: [Location]?
        public var partialFingerprints: [String: String]
        public var suppressions: [Suppression]?
        public var baselineState: String?
        public var fixes: [Fix]?
        /// The host bundle the result is about, in a fleet.
        public var properties: ResultProperties?
    }

    /// A result's property bag (SARIF §3.8): the host, so a fleet report names it per result.
    public struct ResultProperties: Codable, Sendable {
        public var host: String?
    }

    public struct Suppression: Codable, Sendable {
        public var kind: String
        public var justification: String
        public var location: Location?
    }

    public struct Fix: Codable, Sendable {
        public var description: Message
        public var artifactChanges: [ArtifactChange]
    }

    public struct ArtifactChange: Codable, Sendable {
        public var artifactLocation: ArtifactLocation
        public var replacements: [Replacement]
    }

    public struct Replacement: Codable, Sendable {
        public var deletedRegion: FixRegion
        public var insertedContent: ArtifactContent
    }

    public struct FixRegion: Codable, Sendable {
        public var startLine: Int
        public var startColumn: Int
        public var endLine: Int
        public var endColumn: Int
    }

    public struct ArtifactContent: Codable, Sendable {
        public var text: String
    }

    public struct Location: Codable, Sendable {
        public var id: Int?
        public var physicalLocation: PhysicalLocation
        public var message: Message?
    }

    public struct PhysicalLocation: Codable, Sendable {
        public var artifactLocation: ArtifactLocation
        public var region: Region?
    }

    public struct ArtifactLocation: Codable, Sendable {
        public var uri: String?
        public var uriBaseId: String?
        public var description: Message?
    }

    public struct Region: Codable, Sendable {
        public var startLine: Int
    }
}
