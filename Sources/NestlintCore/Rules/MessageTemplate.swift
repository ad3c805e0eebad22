/// A finding message with `{name}` placeholders.
///
/// `{fact}` is the fact's text as written (its raw form, else its value); `{fact.location}` is
/// `path:line`; `{fact|fallback}` gives `fallback` when the fact is unknown. Names follow
/// `FactReference` (`item.FIELD` for the current item).
public struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case placeholder(name: String, wantsLocation: Bool, fallback: String?)
    }

    public let source: String
    let pieces: [Piece]

    /// Parses a template; throws a description of the first unbalanced brace.
    public init(_ source: String) throws(MessageTemplateError) {
        self.source = source
        var pieces: [Piece] = []
        // In ASCII text every byte is a character (a brace never joins another byte into one),
        // so braces are looked for byte by byte; other text is searched by character, where a
        // brace with a combining mark is not a brace. Text runs are copied whole.
        let isASCII = source.utf8.allSatisfy { $0 < 0x80 }
        func next(_ brace: Character, from start: String.Index) -> String.Index? {
            isASCII ? source.utf8[start...].firstIndex(of: brace.asciiValue!) : source[start...].firstIndex(of: brace)
        }
        var index = source.startIndex
        while let open = next("{", from: index) {
            if open > index { pieces.append(.text(String(source[index..<open]))) }
            guard let close = next("}", from: open) else {
                throw MessageTemplateError(message: "unclosed '{' in message template")
            }
            let body = String(source[source.index(after: open)..<close])
            let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            var name = String(parts[0]).trimmingWhitespace
            let isNested = isASCII ? name.utf8.contains(UInt8(ascii: "{")) : name.contains("{")
            guard !name.isEmpty, !isNested else {
                throw MessageTemplateError(message: "empty or nested placeholder '{\(body)}' in message template")
            }
            let wantsLocation = name.hasSuffix(".location")
            if wantsLocation { name.removeLast(".location".count) }
            pieces.append(.placeholder(name: name, wantsLocation: wantsLocation, fallback: parts.count > 1 ? String(parts[1]) : nil))
            index = source.index(after: close)
        }
        if index < source.endIndex { pieces.append(.text(String(source[index...]))) }
        self.pieces = pieces
    }

    /// Names used by the template, for load-time checks.
    var referencedNames: [String] {
        pieces.compactMap {
            if case .placeholder(let name, _, _) = $0 { return name }
            return nil
        }
    }

    func render(facts: FactSet, item: FactItem?) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                output += text
            case .placeholder(let name, let wantsLocation, let fallback):
                let fact = FactReference(name).resolve(in: facts, item: item)
                if wantsLocation {
                    output += fact?.location?.description ?? fallback ?? "an unknown place"
                } else if let fact {
                    output += fact.raw ?? fact.value.description
                } else {
                    output += fallback ?? "unknown"
                }
            }
        }
        return output
    }
}

/// A malformed message template.
public struct MessageTemplateError: Error, Sendable {
    public let message: String
}
