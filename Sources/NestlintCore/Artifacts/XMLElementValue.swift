import CLibXML2

/// An XML node copied out of libxml2: name, line, attributes and text.
public struct XMLElementValue: Sendable, Equatable {
    public let name: String
    public let line: Int
    public let attributes: [String: String]
    /// The node's string value (text content; an attribute's value for attribute nodes).
    public let text: String
    /// `name attr="v" …` with attributes sorted: a location excerpt that does not depend on
    /// white space or attribute order, so fingerprints survive reformatting.
    public var excerpt: String {
        // Built in one string with room made first: the arrays and interpolations of a
        // `map`/`joined` cost a fifth of reading a domain (every domain's start tag is one).
        guard !attributes.isEmpty else { return name }
        let pairs = attributes.sorted { $0.key < $1.key }
        var text = name
        text.reserveCapacity(pairs.reduce(name.utf8.count) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 })
        for (key, value) in pairs {
            text += " "
            text += key
            text += "=\""
            text += value
            text += "\""
        }
        return text
    }

    /// `includeText: false` leaves `text` empty: an element's text is every text node below it
    /// (for `<domain>`, the whole document), so it is copied only for callers that read it.
    init(node: xmlNodePtr, includeText: Bool = true, startTags: StartTagLocator? = nil) {
        var target = node
        // An attribute or text node reports the line of its element; a comment has its own.
        if node.pointee.type != XML_ELEMENT_NODE, node.pointee.type != XML_COMMENT_NODE, let parent = node.pointee.parent,
            parent.pointee.type == XML_ELEMENT_NODE
        {
            target = parent
        }
        let reported = Int(xmlGetLineNo(target))
        if target.pointee.type == XML_ELEMENT_NODE, let startTags {
            self.line = startTags.startLine(of: target, reportedLine: reported)
        } else {
            self.line = reported
        }
        self.name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        if node.pointee.type == XML_ELEMENT_NODE {
            var attribute = node.pointee.properties
            while let current = attribute {
                let key = current.pointee.name.map { String(cString: $0) } ?? ""
                let child = current.pointee.children
                if child == nil {
                    attributes[key] = ""
                } else if let child, child.pointee.type == XML_TEXT_NODE, child.pointee.next == nil {
                    // A plain value (almost every one) is its one text node: read in place,
                    // without the copy xmlNodeGetContent makes and frees.
                    if let content = child.pointee.content { attributes[key] = String(cString: content) }
                } else if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                    attributes[key] = String(cString: value)
                    nestlint_xml_free(value)
                }
                attribute = current.pointee.next
            }
        }
        self.attributes = attributes
        if includeText, let content = xmlNodeGetContent(node) {
            self.text = String(cString: content)
            nestlint_xml_free(content)
        } else {
            self.text = ""
        }
    }
}
