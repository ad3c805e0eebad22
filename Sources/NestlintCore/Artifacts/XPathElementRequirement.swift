/// The element names an XPath expression cannot select anything without, found by reading the
/// expression once, so a document that lacks them is answered without evaluating it.
///
/// Most domain rules select something rare (`devices/hostdev[…]`, `launchSecurity[…]`,
/// `devices/shmem[…]`); evaluating each of them on every document cost more than parsing the
/// document. A location path can only select elements whose names appear in the document, and
/// libxml2 interns every element name of a parsed document in the document's dictionary, so a
/// name absent from the dictionary means an empty result. Only expressions that are plain
/// location paths (or unions of them) are analysed; anything else (functions, comparisons,
/// variables) gets no requirement and is always evaluated. A predicate only narrows a result:
/// what it cannot hold without (attribute values it compares with, element names of paths it
/// tests: `XPathLiteralRequirement`) is needed too.
enum XPathElementRequirement {
    /// The names each alternative of a union needs (every name of one alternative must
    /// exist for it to select anything); `nil` when nothing can be concluded.
    static func alternatives(of expression: String) -> [[String]]? {
        requirements(of: expression)?.map(\.names)
    }

    /// What each alternative of a union needs: its element names and, from its predicates, the
    /// attribute values it compares with (`XPathLiteralRequirement`); `nil` when nothing can
    /// be concluded.
    static func requirements(of expression: String) -> [XPathRequirement]? {
        var alternatives: [XPathRequirement] = []
        var current: [String] = []
        var literalGroups: [[String]] = []
        var scalars = Array(expression.unicodeScalars)[...]
        /// Whether the previous token ends a step (a name, `*`, `.`, `..`, `]`, `)` of a node
        /// test): two steps in a row without `/` means an operator such as `and`.
        var afterStep = false
        var pendingAxisIsElement = true
        /// Whether the last step is `*` on an element axis: `*[local-name()='x' and …]` (how a
        /// rule names an element of a namespace it has no prefix for) then needs `x`.
        var afterElementWildcard = false
        while let scalar = scalars.first {
            if scalar == "[", afterElementWildcard, let name = localNameTest(opening: scalars) {
                current.append(name)
            }
            if !["[", " ", "\t", "\n", "\r"].contains(scalar) { afterElementWildcard = false }
            switch scalar {
            case " ", "\t", "\n", "\r":
                scalars.removeFirst()
            case "|":
                guard afterStep else { return nil }
                alternatives.append(XPathRequirement(names: current, literalGroups: literalGroups))
                current = []
                literalGroups = []
                afterStep = false
                pendingAxisIsElement = true
                scalars.removeFirst()
            case "/":
                afterStep = false
                pendingAxisIsElement = true
                scalars.removeFirst()
            case "[":
                let predicateStart = scalars
                guard afterStep, skipBracket(&scalars) else { return nil }
                let predicate = String(String.UnicodeScalarView(predicateStart[..<scalars.startIndex].dropFirst().dropLast()))
                literalGroups += XPathLiteralRequirement.groups(inPredicate: predicate[...])
                current += XPathLiteralRequirement.requiredNames(inPredicate: predicate[...])
            case "@":
                guard !afterStep else { return nil }
                pendingAxisIsElement = false
                scalars.removeFirst()
            case ".":
                guard !afterStep else { return nil }
                scalars.removeFirst()
                if scalars.first == "." { scalars.removeFirst() }
                afterStep = true
            case "*":
                guard !afterStep else { return nil }  // multiplication
                scalars.removeFirst()
                afterStep = true
                afterElementWildcard = pendingAxisIsElement
                pendingAxisIsElement = true
            default:
                guard !afterStep, isNameStart(scalar) else { return nil }
                var name = takeName(&scalars)
                if scalars.starts(with: ["(".unicodeScalars.first!]) {
                    // A node-type test is a step selecting no named element; anything else
                    // is a function call, which this analysis does not follow.
                    guard ["node", "text", "comment", "processing-instruction"].contains(name), skipParenthesis(&scalars) else {
                        return nil
                    }
                    afterStep = true
                    pendingAxisIsElement = true
                    continue
                }
                if scalars.starts(with: ["::".unicodeScalars.first!, "::".unicodeScalars.first!]) {
                    scalars.removeFirst(2)
                    pendingAxisIsElement = !["attribute", "namespace"].contains(name)
                    continue
                }
                if scalars.first == ":" {
                    // A prefixed name: the local part is what the dictionary holds.
                    scalars.removeFirst()
                    guard let next = scalars.first else { return nil }
                    if next == "*" {
                        scalars.removeFirst()
                        afterStep = true
                        pendingAxisIsElement = true
                        continue
                    }
                    guard isNameStart(next) else { return nil }
                    name = takeName(&scalars)
                }
                if pendingAxisIsElement { current.append(name) }
                afterStep = true
                pendingAxisIsElement = true
            }
        }
        guard afterStep else { return nil }
        alternatives.append(XPathRequirement(names: current, literalGroups: literalGroups))
        // An alternative that needs no name can always select something: nothing to conclude.
        guard alternatives.allSatisfy({ !$0.names.isEmpty }) else { return nil }
        return alternatives
    }

    /// The name a predicate requires of its element's local name when it starts with
    /// `local-name()='NAME'` followed by `and` or its end (a conjunct, so every selected
    /// element has that name); `nil` for any other predicate.
    private static func localNameTest(opening predicate: ArraySlice<Unicode.Scalar>) -> String? {
        // `a and b or c` is `(a and b) or c`: with an `or` outside parentheses the test is not
        // a conjunct of the whole predicate.
        guard !hasTopLevelOr(predicate) else { return nil }
        var rest = predicate.dropFirst()
        func skipSpaces() { while let first = rest.first, [" ", "\t", "\n", "\r"].contains(first) { rest.removeFirst() } }
        skipSpaces()
        let function = Array("local-name()".unicodeScalars)
        guard rest.starts(with: function) else { return nil }
        rest.removeFirst(function.count)
        skipSpaces()
        guard rest.first == "=" else { return nil }
        rest.removeFirst()
        skipSpaces()
        guard let quote = rest.first, quote == "'" || quote == "\"" else { return nil }
        rest.removeFirst()
        guard let end = rest.firstIndex(of: quote) else { return nil }
        let name = String(String.UnicodeScalarView(rest[..<end]))
        rest = rest[rest.index(after: end)...]
        guard let first = name.unicodeScalars.first, isNameStart(first), name.unicodeScalars.allSatisfy(isNameCharacter) else { return nil }
        skipSpaces()
        if rest.first == "]" { return name }
        let conjunction = Array("and".unicodeScalars)
        guard rest.starts(with: conjunction) else { return nil }
        rest.removeFirst(conjunction.count)
        guard let next = rest.first, [" ", "\t", "\n", "\r", "("].contains(next) else { return nil }
        return name
    }

    /// Whether the predicate starting at `predicate` (its `[`) has an `or` outside any nested
    /// group or string before its closing `]`.
    private static func hasTopLevelOr(_ predicate: ArraySlice<Unicode.Scalar>) -> Bool {
        var depth = 0
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        var index = predicate.startIndex
        while index < predicate.endIndex {
            let scalar = predicate[index]
            defer {
                previous = scalar
                index = predicate.index(after: index)
            }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "'", "\"": quote = scalar
            case "[", "(": depth += 1
            case "]", ")":
                depth -= 1
                if depth == 0 { return false }
            case "o" where depth == 1 && !isNameCharacter(previous):
                let end = predicate.index(index, offsetBy: 2, limitedBy: predicate.endIndex) ?? predicate.endIndex
                let word = predicate[index..<end]
                let after = end < predicate.endIndex ? predicate[end] : " "
                if word.elementsEqual("or".unicodeScalars) && !isNameCharacter(after) { return true }
            default: break
            }
        }
        return true  // unterminated: assume the worst
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || scalar == "-" || scalar == "." || ("0"..."9").contains(scalar)
    }

    private static func takeName(_ scalars: inout ArraySlice<Unicode.Scalar>) -> String {
        var name = String.UnicodeScalarView()
        while let scalar = scalars.first, isNameCharacter(scalar) {
            name.append(scalar)
            scalars.removeFirst()
        }
        return String(name)
    }

    /// Skips a predicate `[…]` with nested brackets, parentheses and quoted strings.
    private static func skipBracket(_ scalars: inout ArraySlice<Unicode.Scalar>) -> Bool {
        skipGroup(&scalars, open: "[", close: "]")
    }

    private static func skipParenthesis(_ scalars: inout ArraySlice<Unicode.Scalar>) -> Bool {
        skipGroup(&scalars, open: "(", close: ")")
    }

    private static func skipGroup(_ scalars: inout ArraySlice<Unicode.Scalar>, open: Unicode.Scalar, close: Unicode.Scalar) -> Bool {
        guard scalars.first == open else { return false }
        var depth = 0
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "'", "\"":
                guard let end = scalars.firstIndex(of: scalar) else { return false }
                scalars = scalars[scalars.index(after: end)...]
            case "[", "(":
                depth += 1
            case "]", ")":
                depth -= 1
                if depth == 0 { return scalar == close }
            default:
                break
            }
        }
        return false
    }
}
