import CLibXML2

/// Which attribute values a parsed document may hold, for `XMLDocument.mayMatch`: a rule that
/// compares an attribute with a word (`@type='vdpa'`) cannot select anything in a document
/// where no attribute has that value.
///
/// A 1024-bit Bloom filter of the values' bytes, filled by one walk of the tree the first time
/// a document is asked: a word it has never seen is answered "absent" for certain, any other
/// "maybe" (then XPath decides). The values are those XPath compares, as libxml2 parsed them
/// (character references decoded, any encoding), so no spelling in the file can hide one.
/// An attribute whose value keeps an entity reference (no entity is ever substituted) has no
/// plain value to remember: then every word is "maybe".
struct AttributeValueFilter {
    private var bits = [UInt64](repeating: 0, count: Self.words)
    /// Whether every attribute value went in: otherwise nothing can be ruled out.
    private var isComplete = true

    private static let words = 16
    private static let bitCount = UInt64(words * 64)

    init(document: xmlDocPtr) {
        var complete = true
        bits.withUnsafeMutableBufferPointer { bits in
            var node = xmlDocGetRootElement(document)
            // Depth first through elements, by the tree's own links (no recursion: documents
            // may be thousands of levels deep within libxml2's limits).
            while let current = node {
                let isElement = current.pointee.type == XML_ELEMENT_NODE
                if isElement {
                    var attribute = current.pointee.properties
                    while let present = attribute {
                        let child = present.pointee.children
                        if let child, child.pointee.type != XML_TEXT_NODE || child.pointee.next != nil {
                            complete = false  // an entity reference kept in the value
                        } else {
                            let text = child?.pointee.content
                            let hash = Self.hash(UnsafeRawBufferPointer(start: text, count: text.map { Int(xmlStrlen($0)) } ?? 0))
                            let (first, second) = Self.positions(hash)
                            bits[first >> 6] |= 1 << (first & 63)
                            bits[second >> 6] |= 1 << (second & 63)
                        }
                        attribute = present.pointee.next
                    }
                }
                if isElement, let child = current.pointee.children {
                    node = child
                    continue
                }
                var climbing: xmlNodePtr? = current
                node = nil
                while let step = climbing {
                    if let next = step.pointee.next {
                        node = next
                        break
                    }
                    climbing = step.pointee.parent
                    if climbing?.pointee.type != XML_ELEMENT_NODE { break }
                }
            }
        }
        isComplete = complete
    }

    /// Whether some attribute of the document may have exactly the value `bytes`.
    func mayContain(_ bytes: [UInt8]) -> Bool {
        guard isComplete else { return true }
        let (first, second) = Self.positions(bytes.withUnsafeBufferPointer { Self.hash(UnsafeRawBufferPointer($0)) })
        return bits[first >> 6] & (1 << (first & 63)) != 0 && bits[second >> 6] & (1 << (second & 63)) != 0
    }

    /// Two bit positions from one 64-bit hash (its halves).
    private static func positions(_ hash: UInt64) -> (Int, Int) {
        (Int(hash % bitCount), Int((hash >> 32) % bitCount))
    }

    /// FNV-1a over the bytes (`StableHash`), then mixed (splitmix64's finaliser) so that both
    /// halves spread.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = StableHash.fnv1a64(bytes: bytes)
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}
