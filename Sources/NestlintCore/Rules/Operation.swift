/// Operations a guest may need to stay possible (RULES.md, "Intent").
public enum Operation: String, Sendable, CaseIterable, Codable, Comparable {
    case migrate
    case save
    case snapshot

    public static func < (lhs: Operation, rhs: Operation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
