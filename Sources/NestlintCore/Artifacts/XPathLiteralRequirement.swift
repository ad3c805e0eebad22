/// The attribute values (and element names: `requiredNames`) a predicate cannot hold without,
/// read from its text: `[@type='vdpa']`
/// holds only where some attribute's value is `vdpa`, so a document in which no attribute has
/// that value cannot satisfy it (`XMLDocument.mayMatch`, `AttributeValueFilter`).
///
/// The answer is a list of groups, each a list of literals of which at least one must occur:
/// `[@type='a' and (@mode='b' or @mode='c')]` gives `[["a"], ["b", "c"]]`. Only conjuncts (or
/// whole predicates) that are plain comparisons `PATH/@NAME='LITERAL'`, or disjunctions of
/// them, count; anything else (negations, functions, other operators) adds no group, which
/// only ever means evaluating more.
enum XPathLiteralRequirement {
    /// The predicate's characters, read through by index: walking a `Substring` one
    /// `Character` at a time (and measuring it again for every group) made this analysis of
    /// some sixty queries a few milliseconds of every run's start.
    typealias Text = ArraySlice<Character>

    /// The groups of the predicate between `[` and `]` (without the brackets).
    static func groups(inPredicate predicate: Substring) -> [[String]] {
        groups(in: Array(predicate)[...])
    }

    private static func groups(in predicate: Text) -> [[String]] {
        let disjuncts = split(predicate, at: orWord)
        if disjuncts.count > 1 {
            let literals = disjuncts.map { comparisonLiteral(stripped($0)) }
            guard literals.allSatisfy({ $0 != nil }) else { return [] }
            return [literals.map { $0! }]
        }
        var groups: [[String]] = []
        for conjunct in split(predicate, at: andWord) {
            let text = stripped(conjunct)
            if let literal = comparisonLiteral(text) {
                groups.append([literal])
            } else if text.first == "(", text.last == ")", enclosesWhole(text) {
                groups += Self.groups(in: text.dropFirst().dropLast())
            }
        }
        return groups
    }

    /// The element names the predicate cannot hold without: those of its conjuncts that are
    /// plain relative paths (`[transient]`, `[source/path]`, `[model[…]/acceleration[…]]`,
    /// with the names in their own predicates) or comparisons of one with a word
    /// (`[driver/@type='virtiofs']` needs `driver`). Such a conjunct is a node-set that must not
    /// be empty, which no document without those elements has. Negations, functions, `or`,
    /// axes, wildcards and anything else give no name.
    static func requiredNames(inPredicate predicate: Substring) -> [String] {
        requiredNames(in: Array(predicate)[...])
    }

    private static func requiredNames(in predicate: Text) -> [String] {
        guard split(predicate, at: orWord).count == 1 else { return [] }
        var names: [String] = []
        for conjunct in split(predicate, at: andWord) {
            let text = stripped(conjunct)
            if text.first == "(", text.last == ")", enclosesWhole(text) {
                names += requiredNames(in: text.dropFirst().dropLast())
            } else if comparisonLiteral(text) != nil, let equals = text.firstIndex(of: "=") {
                // Checked by `comparisonLiteral`: plain names, then the attribute.
                names += trimmingSpaces(text[..<equals]).split(separator: "/").dropLast().map { String($0) }
            } else if let path = pathNames(text) {
                names += path
            }
        }
        return names
    }

    /// The element names of `text` when it is a relative path of plain element steps, each
    /// with any predicates (whose own names count too), optionally ending in an attribute step;
    /// `nil` for anything else.
    private static func pathNames(_ text: Text) -> [String]? {
        var names: [String] = []
        var rest = trimmingSpaces(text)
        while true {
            if rest.first == "@" {
                // An attribute ends the path: it names no element.
                let attribute = trimmingSpaces(rest.dropFirst())
                return isName(attribute) ? names : nil
            }
            var end = rest.startIndex
            while end < rest.endIndex, isNameCharacter(rest[end]), rest[end] != "@", rest[end] != "$" { end += 1 }
            var name = rest[rest.startIndex..<end]
            // A prefixed name: the dictionary holds its local part.
            if let colon = name.firstIndex(of: ":") { name = name[(colon + 1)...] }
            guard isName(name), !name.contains(":") else { return nil }
            names.append(String(name))
            rest = trimmingSpaces(rest[end...])
            while rest.first == "[" {
                guard let close = closingBracket(of: rest) else { return nil }
                names += requiredNames(in: rest[(rest.startIndex + 1)..<close])
                rest = trimmingSpaces(rest[(close + 1)...])
            }
            if rest.isEmpty { return names }
            guard rest.first == "/" else { return nil }
            rest = trimmingSpaces(rest.dropFirst())
            guard !rest.isEmpty, rest.first != "/" else { return nil }
        }
    }

    /// The index of the `]` closing the `[` that opens `text`, past nested groups and strings.
    private static func closingBracket(of text: Text) -> Int? {
        guard let close = closingIndex(of: text), text[close] == "]" else { return nil }
        return close
    }

    private static let orWord: [Character] = ["o", "r"]
    private static let andWord: [Character] = ["a", "n", "d"]

    /// `PATH/@NAME='LITERAL'` (or with double quotes) -> LITERAL, when the literal is a plain
    /// word: no white space (attribute values are normalised), no `&` or `<`, no quote.
    private static func comparisonLiteral(_ text: Text) -> String? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let left = trimmingSpaces(text[..<equals])
        var right = trimmingSpaces(text[(equals + 1)...])
        guard let quote = right.first, quote == "'" || quote == "\"", right.count >= 3, right.last == quote else { return nil }
        right = right.dropFirst().dropLast()
        guard !right.isEmpty, right.allSatisfy({ isWordCharacter($0) }) else { return nil }
        // The left side: steps of plain names, then one attribute: `@type`, `driver/@name`.
        let steps = left.split(separator: "/", omittingEmptySubsequences: false)
        guard let attribute = steps.last, attribute.first == "@", isName(attribute.dropFirst()) else { return nil }
        guard steps.dropLast().allSatisfy({ isName($0) }) else { return nil }
        return String(right)
    }

    private static func isName(_ text: Text) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "_-.:/,=".contains(character))
    }

    private static func stripped(_ text: Text) -> Text {
        var text = trimmingSpaces(text)
        while text.first == "(", text.last == ")", enclosesWhole(text) {
            let inner = trimmingSpaces(text.dropFirst().dropLast())
            // A parenthesised disjunction is a group of its own, not a plain comparison.
            guard split(inner, at: orWord).count == 1, split(inner, at: andWord).count == 1 else { break }
            text = inner
        }
        return text
    }

    private static func trimmingSpaces(_ text: Text) -> Text {
        var text = text
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }

    /// Whether the parenthesis opening `text` closes at its last character.
    private static func enclosesWhole(_ text: Text) -> Bool {
        closingIndex(of: text) == text.endIndex - 1
    }

    /// Where the group (parenthesis or bracket) opening `text` closes: the first index at
    /// which as many groups closed as opened, strings skipped; `nil` when none does.
    private static func closingIndex(of text: Text) -> Int? {
        var depth = 0
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// `text` split at the operator word outside parentheses, brackets and strings.
    private static func split(_ text: Text, at word: [Character]) -> [Text] {
        var parts: [Text] = []
        var depth = 0
        var quote: Character?
        var start = text.startIndex
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else {
                switch character {
                case "'", "\"": quote = character
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                default:
                    if depth == 0, !isNameCharacter(previous), text[index...].starts(with: word) {
                        let end = index + word.count
                        if end == text.endIndex || !isNameCharacter(text[end]) {
                            parts.append(text[start..<index])
                            start = end
                            index = end
                            previous = " "
                            continue
                        }
                    }
                }
            }
            previous = character
            index += 1
        }
        parts.append(text[start...])
        return parts
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        // Most characters of a query are ASCII: classified without Unicode properties.
        if let ascii = character.asciiValue {
            return (ascii >= UInt8(ascii: "a") && ascii <= UInt8(ascii: "z")) || (ascii >= UInt8(ascii: "A") && ascii <= UInt8(ascii: "Z"))
                || (ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")) || "_-.@:$".utf8.contains(ascii)
        }
        return character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." || character == "@"
            || character == ":" || character == "$"
    }
}
