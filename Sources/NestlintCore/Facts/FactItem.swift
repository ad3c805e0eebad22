/// One member of a fact collection (an `options` assignment, an ignored file, a selected XML
/// element): rules with `for-each` report once per matching item, at its location.
public struct FactItem: Sendable {
    public var location: SourceLocation
    public var fields: [String: Fact]
    public var related: [RelatedLocation]

    public init(location: SourceLocation, fields: [String: Fact], related: [RelatedLocation] = []) {
        self.location = location
        self.fields = fields
        self.related = related
    }
}
