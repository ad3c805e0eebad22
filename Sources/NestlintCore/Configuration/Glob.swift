/// A shell-style glob: `*` matches within one path component, `**` across components, `?` one
/// character, `[abc]` a set. Matched against the whole text.
public struct Glob: Sendable, CustomStringConvertible {
    public let pattern: String
    private let expression: RegularExpression

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var regex = "^"
        var characters = Array(pattern)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" {
                        characters.removeFirst()
                        regex += "(?:.*/)?"
                    } else {
                        regex += ".*"
                    }
                } else {
                    regex += "[^/]*"
                }
            case "?": regex += "[^/]"
            case "[":
                var set = "["
                while let next = characters.popFirst(), next != "]" { set += next == "\\" ? "\\\\" : String(next) }
                regex += set + "]"
            default:
                regex += NSRegularExpressionEscape.escape(String(character))
            }
        }
        self.expression = try RegularExpression(regex + "$")
    }

    public func matches(_ text: String) -> Bool { expression.matches(text) }

    public var description: String { pattern }
}

/// Escapes regular-expression metacharacters.
enum NSRegularExpressionEscape {
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\^$.|?*+()[]{}".contains(character) { output += "\\" }
            output.append(character)
        }
        return output
    }
}
