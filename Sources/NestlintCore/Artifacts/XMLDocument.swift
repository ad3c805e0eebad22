import CLibXML2

/// A parsed XML document. The only type that owns libxml2 memory; everything it hands out is a
/// plain Swift value copied before the document is freed.
///
/// Parsing is safe for untrusted input (INPUTS.md, STYLE.md): network access off, no entity
/// substitution, no DTD loading, libxml2's default size and depth limits on; never `HUGE`,
/// `NOENT`, `DTDLOAD` or `RECOVER`. Malformed input is an `XMLParseError`, never repaired.
public final class XMLDocument: @unchecked Sendable {
    // @unchecked: the document is immutable after parsing and only read through XPath contexts
    // created per evaluation.
    private let document: xmlDocPtr

    /// Options for every parse. BIG_LINES keeps line numbers exact past 65535.
    static let parseOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
        | Int32(XML_PARSE_BIG_LINES.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue) | nestlint_xml_parse_no_xxe

    private init(document: xmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// libxml2 must be initialised once before documents are parsed on several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    public static func parse(bytes: [UInt8], name: String) -> Result<XMLDocument, XMLParseError> {
        _ = initialised
        guard let context = xmlNewParserCtxt() else {
            return .failure(XMLParseError(line: 1, message: "libxml2 could not allocate a parser"))
        }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 keeps reporting after the first fatal error; the first one is where the
        // document went wrong (a later "premature end of data" only follows from it). Errors
        // raised while parsing an entity's replacement text carry no file and count lines
        // inside the entity, so the first error in the document itself is preferred.
        let firstError = FirstErrorBox()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = parser.pointee._private else { return }
            let first = Unmanaged<FirstErrorBox>.fromOpaque(box).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0).trimmingWhitespace } ?? "XML error"
            let parsed = XMLParseError(line: Int(error.pointee.line), message: message)
            if error.pointee.file != nil {
                if first.inDocument == nil { first.inDocument = parsed }
            } else if first.inEntity == nil {
                first.inEntity = parsed
            }
        }
        defer { context.pointee._private = nil }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                xmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), name, nil, parseOptions)
            }
        }
        let wellFormed = context.pointee.wellFormed != 0
        guard let parsed, wellFormed else {
            if let parsed { xmlFreeDoc(parsed) }
            return .failure(firstError.inDocument ?? firstError.inEntity ?? lastError(of: context) ?? XMLParseError(line: 1, message: "not well-formed XML"))
        }
        return .success(XMLDocument(document: parsed))
    }

    private static func lastError(of context: xmlParserCtxtPtr) -> XMLParseError? {
        guard let error = xmlCtxtGetLastError(context) else { return nil }
        let message = error.pointee.message.map { String(cString: $0).trimmingWhitespace } ?? "XML error"
        return XMLParseError(line: Int(error.pointee.line), message: message)
    }

    /// The root element, as a Swift value.
    public var root: XMLElementValue? {
        guard let node = xmlDocGetRootElement(document) else { return nil }
        return XMLElementValue(node: node)
    }

    /// Evaluates a compiled query with `contextPath` (an absolute location path such as
    /// `/domstatus/domain`) as the context node, or the document when it is `nil`.
    public func evaluate(_ query: XPathQuery, contextPath: XPathQuery? = nil) -> [XPathValue] {
        withContext(contextPath: contextPath) { context in
            guard let context else { return [] }
            return Self.values(of: query, in: context)
        }
    }

    /// Selects nodes with `query` and, for each, evaluates `captures` relative to the node.
    public func select(
        _ query: XPathQuery, captures: [(name: String, query: XPathQuery)], contextPath: XPathQuery? = nil
    ) -> [XPathMatch] {
        withContext(contextPath: contextPath) { context -> [XPathMatch] in
            guard let context, let result = xmlXPathCompiledEval(query.compiled, context) else { return [] }
            defer { xmlXPathFreeObject(result) }
            guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
            var matches: [XPathMatch] = []
            for index in 0..<Int(set.pointee.nodeNr) {
                guard let node = set.pointee.nodeTab[index] else { continue }
                var values: [String: XPathValue] = [:]
                for capture in captures {
                    context.pointee.node = node
                    values[capture.name] = Self.values(of: capture.query, in: context).first
                }
                matches.append(XPathMatch(element: XMLElementValue(node: node), captures: values))
            }
            return matches
        }
    }

    private func withContext<T>(contextPath: XPathQuery?, _ body: (xmlXPathContextPtr?) -> T) -> T {
        guard let context = xmlXPathNewContext(document) else { return body(nil) }
        defer { xmlXPathFreeContext(context) }
        _ = xmlXPathRegisterNs(context, "nestlint", XPathQuery.intentNamespace)
        if let contextPath {
            guard let result = xmlXPathCompiledEval(contextPath.compiled, context) else { return body(nil) }
            defer { xmlXPathFreeObject(result) }
            guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, set.pointee.nodeNr > 0,
                let node = set.pointee.nodeTab[0]
            else { return body(nil) }
            context.pointee.node = node
            return body(context)
        }
        return body(context)
    }

    /// The result of a query as Swift values: one per node, or one scalar.
    private static func values(of query: XPathQuery, in context: xmlXPathContextPtr) -> [XPathValue] {
        let origin = context.pointee.node
        defer { context.pointee.node = origin }
        guard let result = xmlXPathCompiledEval(query.compiled, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            guard let set = result.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                guard let node = set.pointee.nodeTab[index] else { return nil }
                return .node(XMLElementValue(node: node))
            }
        case XPATH_BOOLEAN:
            return [.boolean(result.pointee.boolval != 0)]
        case XPATH_NUMBER:
            return [.number(result.pointee.floatval)]
        case XPATH_STRING:
            return [.string(result.pointee.stringval.map { String(cString: $0) } ?? "")]
        default:
            return []
        }
    }
}

/// Collects the first error of one parse (reached through the parser context's `_private`).
private final class FirstErrorBox {
    var inDocument: XMLParseError?
    var inEntity: XMLParseError?
}

/// Where and why libxml2 refused a document.
public struct XMLParseError: Error, Sendable, Equatable {
    public let line: Int
    public let message: String
}
