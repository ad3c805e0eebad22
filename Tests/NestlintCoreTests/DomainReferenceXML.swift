#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deliberately small XML reader for the corpus test: it shares no code with libxml2 or with
/// nestlint's XML wrapper, so the test compares nestlint with an independent reading of the same
/// files. It keeps what the trigger checks need: element names (with their namespace), attributes,
/// children and the line where each start tag begins. Anything it does not understand makes it
/// fail, and the test then expects nestlint to report no domain finding for that file either.
struct DomainReferenceXML {
    struct Element {
        var name: String
        var localName: String
        var namespace: String?
        /// In document order; a handful per element, so a list is cheaper than a dictionary.
        var attributes: [(name: String, value: String)]
        var children: [Element]
        /// The line of the start tag's `<`.
        var line: Int

        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
        subscript(attribute: String) -> String? { attributes.first { $0.name == attribute }?.value }
    }

    struct ParseError: Error {
        let message: String
        let line: Int
    }

    let root: Element

    init(bytes: [UInt8]) throws {
        root = try bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            return try parser.document()
        }
    }

    private struct Open {
        var element: Element
        var namespaces: [String: String]
    }

    /// Scans with `memchr` and finds lines by binary search over the newline offsets:
    /// the test runs in debug builds, where a byte-by-byte Swift loop over the whole corpus is slow.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let newlines: [Int]
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            // A UTF-8 byte order mark is not markup.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            self.bytes = bytes
            self.index = start
            var newlines: [Int] = []
            var offset = 0
            if let base = bytes.baseAddress {
                while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    let position = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                    newlines.append(position)
                    offset = position + 1
                }
            }
            self.newlines = newlines
        }

        /// The 1-based line of a byte offset.
        func line(of offset: Int) -> Int {
            var low = 0
            var high = newlines.count
            while low < high {
                let middle = (low + high) / 2
                if newlines[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }

        func fail(_ message: String) -> ParseError { ParseError(message: message, line: line(of: index)) }

        func peek(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return memcmp(bytes.baseAddress! + index, text.utf8Start, count) == 0
        }

        /// Moves to the first `byte` at or after the current position; `false` at the end.
        mutating func seek(_ byte: UInt8) -> Bool {
            guard index < bytes.count, let found = memchr(bytes.baseAddress! + index, Int32(byte), bytes.count - index) else {
                index = bytes.count
                return false
            }
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - bytes.baseAddress!
            return true
        }

        mutating func skip(past terminator: StaticString) throws {
            let count = terminator.utf8CodeUnitCount
            while seek(terminator.utf8Start.pointee) {
                if peek(terminator) {
                    index += count
                    return
                }
                index += 1
            }
            throw fail("unterminated markup, expected \(terminator)")
        }

        mutating func skipDeclaration() throws {
            var depth = 0
            var quote: UInt8?
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    depth -= 1
                } else if byte == UInt8(ascii: ">") && depth == 0 {
                    return
                }
            }
            throw fail("unterminated declaration")
        }

        static func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\""))
        }

        mutating func name() throws -> String {
            let start = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            guard index > start else { throw fail("expected a name") }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        mutating func skipSpace() {
            while index < bytes.count,
                bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\n")
                    || bytes[index] == UInt8(ascii: "\r")
            {
                index += 1
            }
        }

        static func decode(_ raw: String) -> String {
            var output = ""
            var rest = Substring(raw)
            while let ampersand = rest.firstIndex(of: "&") {
                output += rest[..<ampersand]
                guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
                let entity = rest[rest.index(after: ampersand)..<semicolon]
                switch entity {
                case "lt": output += "<"
                case "gt": output += ">"
                case "amp": output += "&"
                case "quot": output += "\""
                case "apos": output += "'"
                default:
                    var code: UInt32?
                    if entity.hasPrefix("#x") {
                        code = UInt32(entity.dropFirst(2), radix: 16)
                    } else if entity.hasPrefix("#") {
                        code = UInt32(entity.dropFirst())
                    }
                    if let code, let scalar = Unicode.Scalar(code) { output.unicodeScalars.append(scalar) } else { output += "&\(entity);" }
                }
                rest = rest[rest.index(after: semicolon)...]
            }
            return output + rest
        }

        mutating func document() throws -> Element {
            var stack: [Open] = []
            var root: Element?
            while seek(UInt8(ascii: "<")) {
                if peek("<?") {
                    try skip(past: "?>")
                } else if peek("<!--") {
                    try skip(past: "-->")
                } else if peek("<![CDATA[") {
                    try skip(past: "]]>")
                } else if peek("<!") {
                    try skipDeclaration()
                } else if peek("</") {
                    index += 2
                    let closing = try name()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw fail("bad end tag") }
                    index += 1
                    guard let open = stack.popLast(), open.element.name == closing else { throw fail("mismatched </\(closing)>") }
                    if stack.isEmpty { root = open.element } else { stack[stack.count - 1].element.children.append(open.element) }
                } else {
                    let startLine = line(of: index)
                    index += 1
                    let elementName = try name()
                    var attributes: [(name: String, value: String)] = []
                    var selfClosing = false
                    while true {
                        skipSpace()
                        guard index < bytes.count else { throw fail("unterminated start tag") }
                        if bytes[index] == UInt8(ascii: ">") {
                            index += 1
                            break
                        }
                        if peek("/>") {
                            index += 2
                            selfClosing = true
                            break
                        }
                        let attributeName = try name()
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw fail("attribute without value") }
                        index += 1
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\"") else {
                            throw fail("unquoted attribute")
                        }
                        let quote = bytes[index]
                        index += 1
                        let start = index
                        guard seek(quote) else { throw fail("unterminated attribute value") }
                        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                        let text = String(decoding: raw, as: UTF8.self)
                        let hasEntity = raw.count > 0 && memchr(raw.baseAddress!, Int32(UInt8(ascii: "&")), raw.count) != nil
                        attributes.append((attributeName, hasEntity ? Self.decode(text) : text))
                        index += 1
                    }
                    var namespaces = stack.last?.namespaces ?? [:]
                    for (key, value) in attributes where key.hasPrefix("xmlns") {
                        if key == "xmlns" {
                            namespaces[""] = value
                        } else if key.hasPrefix("xmlns:") {
                            namespaces[String(key.dropFirst(6))] = value
                        }
                    }
                    var prefix = ""
                    var localName = elementName
                    if let colon = elementName.firstIndex(of: ":") {
                        prefix = String(elementName[..<colon])
                        localName = String(elementName[elementName.index(after: colon)...])
                    }
                    let element = Element(
                        name: elementName, localName: localName, namespace: namespaces[prefix], attributes: attributes, children: [],
                        line: startLine)
                    if selfClosing {
                        if stack.isEmpty { root = element } else { stack[stack.count - 1].element.children.append(element) }
                    } else {
                        stack.append(Open(element: element, namespaces: namespaces))
                    }
                }
                if root != nil && stack.isEmpty { break }
            }
            guard let root, stack.isEmpty else { throw fail("document ends inside an element") }
            return root
        }
    }
}
