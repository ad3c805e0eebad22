/// What one alternative of a location path needs of a document to select anything: every
/// element name (in the document's name dictionary) and, for each group of literals, one of
/// them in the document's text.
struct XPathRequirement: Sendable, Equatable {
    let names: [String]
    let literalGroups: [[String]]
}
