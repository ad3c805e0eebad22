/// The optional stored properties of the structs reachable from a value, found by reflection,
/// and which of them are set somewhere: a model made by hand for the writer tests must set
/// every one, or an optional member added to the model later, and not to its serialiser, would
/// pass the comparison with `JSONEncoder` by being `nil` there.
struct OptionalMembers {
    /// `Type.member` for every optional member seen.
    private(set) var all: Set<String> = []
    private(set) var set: Set<String> = []

    init(of value: Any) {
        visit(value)
    }

    var neverSet: [String] { all.subtracting(set).sorted() }

    private mutating func visit(_ value: Any) {
        let mirror = Mirror(reflecting: value)
        for child in mirror.children {
            let childMirror = Mirror(reflecting: child.value)
            guard mirror.displayStyle == .struct, let label = child.label, childMirror.displayStyle == .optional else {
                visit(child.value)
                continue
            }
            let name = "\(mirror.subjectType).\(label)"
            all.insert(name)
            if let wrapped = childMirror.children.first?.value {
                set.insert(name)
                visit(wrapped)
            }
        }
    }
}
