/// What the parameter table says about one name given to one module on one architecture
/// family: everything an `options` assignment's item takes from the table (NL104–NL106).
struct ParameterDescription: Sendable, Equatable {
    /// Whether the table knows the module at all.
    let knowsModule: Bool
    /// Whether the module has the parameter on the family; `nil` when the module is unknown.
    let exists: Bool?
    /// For a name the module lacks: the closest name it has (edit distance at most 2).
    let suggestion: String?
    /// For a name the module lacks: the other modules that have it, in name order.
    let owners: [String]
    /// For a parameter the module has on the family: every type it has had, current first.
    let types: [ParameterType]?
}
