import Synchronization

/// An element name or a literal some query needs in a document (`XPathRequirement`), with a
/// number no other word of its kind has in this process. Many rules need the same words
/// (`devices`, `interface`, `hostdev`…): a document remembers its answer by number
/// (`XMLDocument.mayMatch`) instead of asking libxml2's dictionary or its attribute values again
/// for every query.
struct RequirementWord: Sendable, Equatable {
    enum Kind: Hashable {
        /// Answered by the document's name dictionary.
        case elementName
        /// Answered by the document's attribute values (`AttributeValueFilter`).
        case literal
    }

    let number: Int
    /// UTF-8, without a terminator (the dictionary lookup and the search take a length).
    let bytes: [UInt8]

    /// By bytes, not `String`: canonically equivalent spellings are different names to
    /// libxml2 and different text to a byte search.
    private struct Key: Hashable {
        let bytes: [UInt8]
        let kind: Kind
    }

    /// Numbers are handed out as queries are compiled (rule loading), never while documents are
    /// checked; the table only grows, by the distinct words of the queries compiled.
    private static let numbers = Mutex<[Key: Int]>([:])

    static func number(_ text: String, kind: Kind) -> RequirementWord {
        let bytes = Array(text.utf8)
        let number = numbers.withLock { table in
            let key = Key(bytes: bytes, kind: kind)
            if let known = table[key] { return known }
            table[key] = table.count
            return table.count - 1
        }
        return RequirementWord(number: number, bytes: bytes)
    }
}
