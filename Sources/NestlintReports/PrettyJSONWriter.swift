/// Appends JSON as UTF-8 to one growing buffer, byte for byte as Foundation's `JSONEncoder`
/// writes it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (swift-foundation's
/// `JSONWriter`), without building an intermediate tree of values: the SARIF of a large fleet is
/// megabytes, and the encoder's boxing and dictionary sorting made it a large part of the run.
///
/// The format: two spaces of indentation per level; `"key" : value`; members separated by `,`
/// and a line break; an empty array or object is its opening bracket, an empty line (without
/// indentation) and its closing bracket, indented. Keys are written in the order the caller
/// gives them, so callers give them sorted as `.sortedKeys` sorts: by their UTF-8 bytes
/// (`sortedMembers`).
/// Strings escape `"`, `\`, and the control characters below U+0020 (`\b \f \n \r \t`, the
/// others as `\u00xx` in lowercase hex); `/`, DEL, U+2028/U+2029 and all other non-ASCII
/// characters are written as they are.
struct PrettyJSONWriter {
    private var bytes: [UInt8] = []
    /// Nesting depth of the container being written (its members are indented one more).
    private var depth = 0
    /// Whether the open container has no member yet: the first one needs no comma, and an
    /// empty container gets its empty line.
    private var containerIsEmpty = false

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer continuing inside an open container at `depth`, for a part of its elements.
    private init(reservingCapacity capacity: Int, depth: Int, containerIsEmpty: Bool) {
        bytes.reserveCapacity(capacity)
        self.depth = depth
        self.containerIsEmpty = containerIsEmpty
    }

    /// The elements of the open array, each written by `write` after its separator: the same
    /// bytes as a loop of `element()` and `write`, but a long array is written in consecutive
    /// parts on all cores and the parts joined in order (`ConcurrentChunks`).
    mutating func elements<Element: Sendable>(
        _ items: [Element], bytesEach: Int, _ write: @Sendable (Element, inout PrettyJSONWriter) -> Void
    ) {
        let depth = depth
        let startsEmpty = containerIsEmpty
        let parts = ConcurrentChunks.map(count: items.count) { range in
            var part = PrettyJSONWriter(
                reservingCapacity: bytesEach * range.count, depth: depth, containerIsEmpty: startsEmpty && range.lowerBound == 0)
            for index in range {
                part.element()
                write(items[index], &part)
            }
            return part.bytes
        }
        for part in parts { bytes += part }
        containerIsEmpty = startsEmpty && items.isEmpty
    }

    /// The text written, with the line break the reports end with.
    mutating func finishedText() -> String {
        String(decoding: finishedBytes(), as: UTF8.self)
    }

    /// The UTF-8 written, with the line break the reports end with.
    mutating func finishedBytes() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: Containers

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    mutating func endObject() {
        close()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        open()
    }

    mutating func endArray() {
        close()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Starts an object member: the separator, the indentation, the key and ` : `. `name` must
    /// need no escaping (the keys of nestlint's formats are plain ASCII).
    mutating func key(_ name: StaticString) {
        startMember()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    /// Starts an object member whose key is data (a dictionary key), escaped like any string.
    mutating func key(_ name: String) {
        startMember()
        string(name)
        append(" : ")
    }

    /// Starts an array element: the separator and the indentation.
    mutating func element() {
        startMember()
    }

    // MARK: Values

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Decimal digits as `Int.description` gives them, which is what the encoder writes.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var low = start
        var high = bytes.count - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    mutating func boolean(_ value: Bool) {
        append(value ? "true" : "false")
    }

    // MARK: Shorthands

    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        integer(value)
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        boolean(value)
    }

    /// Nothing for `nil`: the encoder's `encodeIfPresent` leaves the key out.
    mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        member(name, value)
    }

    mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        member(name, value)
    }

    mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// A dictionary's entries in the order `.sortedKeys` writes them: keys compared by their
    /// UTF-8 bytes (not by `String`'s `<`, which orders canonically equivalent forms together).
    static func sortedMembers<Value>(_ dictionary: [String: Value]) -> [(key: String, value: Value)] {
        dictionary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    // MARK: Layout

    private mutating func open() {
        depth += 1
        containerIsEmpty = true
    }

    private mutating func close() {
        depth -= 1
        if containerIsEmpty { bytes.append(UInt8(ascii: "\n")) }
        bytes.append(UInt8(ascii: "\n"))
        indent()
        // The container just closed is a member of its parent, which is therefore not empty.
        containerIsEmpty = false
    }

    private mutating func startMember() {
        if containerIsEmpty {
            containerIsEmpty = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Enough indentation for 32 levels in one copy; deeper levels (none in nestlint's
    /// formats) are written two spaces at a time.
    private static let spaces: StaticString = "                                                                "

    private mutating func indent() {
        let count = 2 * depth
        Self.spaces.withUTF8Buffer { spaces in
            if count <= spaces.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[..<count]))
            } else {
                for _ in 0..<depth { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[..<2])) }
            }
        }
    }

    /// Copies runs of bytes that need no escape in one piece; only `"`, `\` and bytes below
    /// 0x20 need one (the bytes of a multi-byte UTF-8 sequence are all 0x80 or above).
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                append("u00")
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0x0F))
            }
        }
        if utf8.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &+ (value &- 10)
    }
}
