/// Another place that explains a finding (SARIF `relatedLocations`): the overridden assignment,
/// the sysfs file that disagrees with the configuration, the winning copy of a file.
public struct RelatedLocation: Sendable, Hashable {
    public let location: SourceLocation
    public let message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }
}
