/// The element names an XPath expression cannot select anything without, found by reading the
/// expression once, so a document that lacks them is answered without evaluating it.
///
/// Most domain rules select something rare (`devices/hostdev[…]`, `launchSecurity[…]`,
/// `devices/shmem[…]`); evaluating each of them on every document cost more than parsing the
/// document. A location path can only select elements whose names appear in the document, and
/// libxml2 interns every element name of a parsed document in the document's dictionary, so a
/// name absent from the dictionary means an empty result. Only expressions that are plain
/// location paths (or unions of them) are analysed; anything else (functions, comparisons,
/// variables) gets no requirement and is always evaluated. Predicates are skipped: they only
/// narrow a result.
enum XPathElementRequirement {
    /// The names each alternative of a union needs (every name of one alternative must
    /// exist for it to select anything); `nil` when nothing can be concluded.
    static func alternatives(of expression: String) -> [[String]]? {
        var alternatives: [[String]] = []
        var current: [String] = []
        var scalars = Array(expression.unicodeScalars)[...]
        /// Whether the previous token ends a step (a name, `*`, `.`, `..`, `]`, `)` of a node
        /// test): two steps in a row without `/` means an operator such as `and`.
        var afterStep = false
        var pendingAxisIsElement = true
        while let scalar = scalars.first {
            switch scalar {
            case " ", "\t", "\n", "\r":
                scalars.removeFirst()
            case "|":
                guard afterStep else { return nil }
                alternatives.append(current)
                current = []
                afterStep = false
                pendingAxisIsElement = true
                scalars.removeFirst()
            case "/":
                afterStep = false
                pendingAxisIsElement = true
                scalars.removeFirst()
            case "[":
                guard afterStep, skipBracket(&scalars) else { return nil }
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
        alternatives.append(current)
        // An alternative that needs no name can always select something: nothing to conclude.
        guard alternatives.allSatisfy({ !$0.isEmpty }) else { return nil }
        return alternatives
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
