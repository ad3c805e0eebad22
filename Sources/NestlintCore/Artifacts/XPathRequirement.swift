/// What one alternative of a location path needs of a document to select anything: every
/// element name (in the document's name dictionary) and, for each group of literals, one of
/// them among the document's attribute values.
struct XPathRequirement: Sendable, Equatable {
    let names: [String]
    let literalGroups: [[String]]
    /// The same names and literals, numbered (`RequirementWord`): a document answers each once
    /// for all the queries that need it.
    let nameWords: [RequirementWord]
    let literalWordGroups: [[RequirementWord]]
    /// The numbers of `nameWords`, and of each group of `literalWordGroups`, as sets: a
    /// document that answered them all decides the alternative from its answers' bits.
    let nameSet: RequirementWordSet
    let literalGroupSets: [RequirementWordSet]

    init(names: [String], literalGroups: [[String]]) {
        self.names = names
        self.literalGroups = literalGroups
        self.nameWords = names.map { RequirementWord.number($0, kind: .elementName) }
        self.literalWordGroups = literalGroups.map { group in group.map { RequirementWord.number($0, kind: .literal) } }
        self.nameSet = RequirementWordSet(nameWords.map(\.number))
        self.literalGroupSets = literalWordGroups.map { group in RequirementWordSet(group.map(\.number)) }
    }
}
