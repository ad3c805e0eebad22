import CLibXML2
import CNestlintSystem
import Foundation
import Synchronization

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
    /// Context nodes and scalar answers found so far (`contextNode`, `evaluate`).
    private let memory = DocumentMemory()
    /// What the document answered about the words queries need (`mayMatch`).
    private let requirementAnswers = Mutex<RequirementAnswers>(RequirementAnswers())
    /// Start lines of multi-line start tags (libxml2 gives the line where the tag ends).
    private let startTags: StartTagLocator
    /// The bytes parsed (shared with the reader's copy, not duplicated).
    private let source: [UInt8]
    /// Where the tree's memory is; freed after the document (stored properties are released
    /// after `deinit` ran).
    private let arena: XMLArena

    /// Options for every parse. BIG_LINES keeps line numbers exact past 65535. COMPACT keeps
    /// short text nodes (a domain's indentation) inside their node instead of a separate
    /// allocation, as xmllint does by default; the tree is the same. NOBLANKS drops the
    /// whitespace-only text between elements (half the nodes of an indented domain, each one
    /// allocated, walked by `//` steps and freed); libxml2 keeps blanks that are an element's
    /// only content, sit next to other text, or fall under `xml:space='preserve'`.
    static let parseOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
        | Int32(XML_PARSE_BIG_LINES.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
        | Int32(XML_PARSE_NOBLANKS.rawValue)
        | nestlint_xml_parse_no_xxe

    private init(document: xmlDocPtr, source: [UInt8], arena: XMLArena) {
        self.document = document
        self.source = source
        self.arena = arena
        self.startTags = StartTagLocator(bytes: source)
    }

    deinit {
        if arena.holdsTheTree {
            // Every node, attribute, name and text is in the arena, freed whole after this
            // (walking the tree to free each one cost a few percent of a fleet's time). Only
            // the name dictionary's lock comes from malloc, not through xmlMalloc.
            if let dictionary = document.pointee.dict { xmlDictFree(dictionary) }
        } else {
            xmlFreeDoc(document)
        }
    }

    public static func parse(bytes: [UInt8], name: String) -> Result<XMLDocument, XMLParseError> {
        parse(bytes: bytes, name: name, readingPlainUTF8: true)
    }

    /// `parse(bytes:name:)`; with `readingPlainUTF8: false` always as xmlCtxtReadMemory reads
    /// (the reference the plain reading is tested against).
    static func parse(bytes: [UInt8], name: String, readingPlainUTF8: Bool) -> Result<XMLDocument, XMLParseError> {
        _ = LibXML2Setup.done
        if let crowded = firstCrowdedElement(in: bytes) {
            return .failure(
                XMLParseError(
                    line: crowded.line,
                    message: "element with \(crowded.attributes) attributes: the document has more attributes per element "
                        + "than libxml2 checks in reasonable time (it compares every attribute of an element with every "
                        + "other); not parsed"))
        }
        let arena = XMLArena()
        // Declared first, so it runs last: the parser context lives in the arena.
        defer { withExtendedLifetime(arena) {} }
        guard let context = arena.whileActive({ xmlNewParserCtxt() }) else {
            return .failure(XMLParseError(line: 1, message: "libxml2 could not allocate a parser"))
        }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 keeps reporting after the first fatal error; the first one is where the
        // document went wrong (a later "premature end of data" only follows from it). Errors
        // raised while parsing an entity's replacement text carry no file and count lines
        // inside the entity, so the first error in the document itself is preferred, and an
        // entity's error is placed at the document line that referenced it.
        let firstError = FirstErrorBox()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = parser.pointee._private else { return }
            let first = Unmanaged<FirstErrorBox>.fromOpaque(box).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0).trimmingWhitespace } ?? "XML error"
            if error.pointee.file != nil {
                if first.inDocument == nil { first.inDocument = XMLParseError(line: Int(error.pointee.line), message: message) }
            } else if first.inEntity == nil {
                // The line counts inside the entity's text; the document's own input (the first
                // on the stack) is at the reference that led there.
                var line = Int(error.pointee.line)
                if parser.pointee.inputNr > 0, let inputs = parser.pointee.inputTab, let document = inputs[0] {
                    line = Int(document.pointee.line)
                }
                first.inEntity = XMLParseError(line: line, message: message)
            }
        }
        defer { context.pointee._private = nil }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                arena.whileActive {
                    let document = nestlint_xml_read_memory(
                        context, pointer, Int32(clamping: buffer.count), name, parseOptions, readingPlainUTF8 && isPlainUTF8(bytes) ? 1 : 0)
                    // libxml2 copies each error into the thread's global last error too: that
                    // copy is in the arena, and the next error on this thread would free it
                    // after the arena is gone. Cleared while the arena is alive.
                    xmlResetLastError()
                    return document
                }
            }
        }
        let wellFormed = context.pointee.wellFormed != 0
        guard let parsed, wellFormed else {
            if let parsed { xmlFreeDoc(parsed) }
            let error =
                firstError.inDocument ?? firstError.inEntity ?? lastError(of: context)
                ?? XMLParseError(line: 1, message: "not well-formed XML")
            // "Premature end of data" is reported on the line after the last one; point at a line
            // the file has.
            return .failure(XMLParseError(line: min(max(error.line, 1), lineCount(of: bytes)), message: readable(error.message)))
        }
        if let expansion = entityExpansion(of: parsed, budget: entityExpansionBudget) {
            xmlFreeDoc(parsed)
            return .failure(
                XMLParseError(
                    line: min(max(expansion.line, 1), lineCount(of: bytes)),
                    message: "entity references expand to more than \(entityExpansionBudget) bytes of text from here on "
                        + "(an entity expansion attack, or a runaway template); nestlint does not expand them"))
        }
        return .success(XMLDocument(document: parsed, source: bytes, arena: arena))
    }

    /// Whether libxml2 reads `bytes` as UTF-8 without converting them (`nestlint_xml_read_memory`):
    /// after an optional UTF-8 byte order mark, no NUL among the first bytes (UTF-16 and UCS-4
    /// put them beside ASCII), an ASCII start (not EBCDIC), and an XML declaration, if any,
    /// without an encoding. Anything else is left to libxml2's own reading.
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            var text = all[...]
            if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
            guard let first = text.first, first == UInt8(ascii: "<") || first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D,
                !text.prefix(4).contains(0)
            else { return false }
            guard text.starts(with: Array("<?xml".utf8)) else { return true }
            // The declaration ends at the first `?>`; a long or unterminated one is left to libxml2.
            let head = text.prefix(1024)
            guard let end = head.indices.dropLast().first(where: { head[$0] == UInt8(ascii: "?") && head[$0 + 1] == UInt8(ascii: ">") })
            else { return false }
            let declaration = head[..<end]
            let word = Array("encoding".utf8)
            return !declaration.indices.contains { declaration[$0...].starts(with: word) }
        }
    }

    private static func lastError(of context: xmlParserCtxtPtr) -> XMLParseError? {
        guard let error = xmlCtxtGetLastError(context) else { return nil }
        let message = error.pointee.message.map { String(cString: $0).trimmingWhitespace } ?? "XML error"
        return XMLParseError(line: Int(error.pointee.line), message: message)
    }

    /// libxml2's message on one line, without advice nestlint must not follow.
    ///
    /// Some messages span lines (`indicate encoding !\nBytes: 0xE9 …`), which would break the
    /// one-finding-per-line text report; and the limit messages advise `XML_PARSE_HUGE`, the
    /// option nestlint never sets on untrusted input (INPUTS.md).
    static func readable(_ message: String) -> String {
        var text = message.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        if let advice = text.range(of: " use XML_PARSE_HUGE option") {
            text.removeSubrange(advice)
            text = text.replacingOccurrences(of: "Excessive depth in document: ", with: "elements nested deeper than ")
            text += " (a libxml2 safety limit, which nestlint never lifts)"
        }
        text = text.replacingOccurrences(
            of: "Input is not proper UTF-8, indicate encoding !",
            with: "Input is not proper UTF-8 and the XML declaration names no other encoding;")
        return text.isEmpty ? "XML error" : text
    }

    /// How many lines the file has (a final line without a newline counts; an empty file has 1).
    static func lineCount(of bytes: [UInt8]) -> Int {
        var lines = 1
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte == UInt8(ascii: "\n") { lines += 1 }
        }
        if bytes.last == UInt8(ascii: "\n") { lines -= 1 }
        return max(lines, 1)
    }

    /// The root element, as a Swift value (without its text: for a domain that would be a copy
    /// of the whole document).
    public var root: XMLElementValue? {
        guard let node = xmlDocGetRootElement(document) else { return nil }
        return XMLElementValue(node: node, includeText: false, startTags: startTags)
    }

    /// The first element the absolute path of plain names selects (`["domstatus", "domain"]`
    /// for `/domstatus/domain`), as XPath would select it, found by walking the tree: names in
    /// no namespace, the first match in document order at each step.
    public func element(atPath names: [String]) -> XMLElementValue? {
        node(atPath: names).map { XMLElementValue(node: $0, includeText: false, startTags: startTags) }
    }

    /// XPath's `string(NAME)` relative to the element at `names`: the text of its first child
    /// element called `name` (no namespace), "" when there is none. Asked for every document
    /// (a domain's UUID and name), where evaluating XPath cost ten times the walk.
    public func childText(_ name: String, ofElementAtPath names: [String]) -> String {
        guard let parent = node(atPath: names), let child = Self.firstChild(of: parent, named: name),
            let content = xmlNodeGetContent(child)
        else { return "" }
        defer { nestlint_xml_free(content) }
        return String(cString: content)
    }

    /// XPath's `string(A/B/@name)` relative to the element at `base`: the first such
    /// attribute (no namespace) in document order among all `A` children's `B` children, ""
    /// when there is none.
    public func attributeText(_ attribute: String, along relative: [String], fromElementAtPath base: [String]) -> String {
        guard let start = node(atPath: base) else { return "" }
        func search(_ node: xmlNodePtr, _ steps: ArraySlice<String>) -> String? {
            // From the tree, as XPath reads it: xmlGetNoNsProp would also answer with a default
            // the document's DTD declares, which `@attribute` does not see.
            guard let step = steps.first else { return Self.attributeValue(attribute, of: node) }
            var child = node.pointee.children
            while let current = child {
                if Self.isElement(current, named: step), let found = search(current, steps.dropFirst()) { return found }
                child = current.pointee.next
            }
            return nil
        }
        return search(start, relative[...]) ?? ""
    }

    /// Whether the element at `base` has a child `name` whose attribute `attribute` (both in no
    /// namespace) is absent or one of `values`: XPath's `name[not(@a) or @a='v' or …]` selecting
    /// something. Attributes are read from the tree as XPath reads them (no DTD defaults).
    func hasChild(_ name: String, ofElementAtPath base: [String], whereAttribute attribute: String, isAbsentOrIn values: Set<String>)
        -> Bool
    {
        guard let parent = node(atPath: base) else { return false }
        var child = parent.pointee.children
        while let current = child {
            child = current.pointee.next
            guard Self.isElement(current, named: name) else { continue }
            guard let value = Self.attributeValue(attribute, of: current) else { return true }
            if values.contains(value) { return true }
        }
        return false
    }

    /// XPath's first element of `A/B/…` relative to the element at `base` (document order: the
    /// first `A` that has a `B`, its first `B`), with its text, as `evaluate` gives it. Names are
    /// in no namespace, except the last one's when `lastNamespace` is given (`A/p:B` with `p`
    /// bound to it).
    func firstElement(along relative: [String], lastNamespace: String? = nil, fromElementAtPath base: [String]) -> XMLElementValue? {
        guard let start = node(atPath: base) else { return nil }
        func search(_ node: xmlNodePtr, _ steps: ArraySlice<String>) -> xmlNodePtr? {
            guard let step = steps.first else { return node }
            let namespace = steps.count == 1 ? lastNamespace : nil
            var child = node.pointee.children
            while let current = child {
                if Self.isElement(current, named: step, namespace: namespace), let found = search(current, steps.dropFirst()) {
                    return found
                }
                child = current.pointee.next
            }
            return nil
        }
        guard !relative.isEmpty, let found = search(start, relative[...]) else { return nil }
        return XMLElementValue(node: found, includeText: true, startTags: startTags)
    }

    /// The value of the element's attribute `name` in no namespace, as written in the document
    /// (entity references replaced); `nil` when it has none.
    private static func attributeValue(_ name: String, of element: xmlNodePtr) -> String? {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard current.pointee.ns == nil, let attributeName = current.pointee.name, xmlStrEqual(attributeName, name) != 0 else {
                continue
            }
            guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else {
                return ""
            }
            defer { nestlint_xml_free(value) }
            return String(cString: value)
        }
        return nil
    }

    private func node(atPath names: [String]) -> xmlNodePtr? {
        guard let first = names.first, let root = xmlDocGetRootElement(document), Self.isElement(root, named: first) else { return nil }
        var node = root
        for name in names.dropFirst() {
            guard let child = Self.firstChild(of: node, named: name) else { return nil }
            node = child
        }
        return node
    }

    private static func firstChild(of parent: xmlNodePtr, named name: String) -> xmlNodePtr? {
        var child = parent.pointee.children
        while let current = child {
            if isElement(current, named: name) { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// An element with this name and no namespace: what an unprefixed XPath name test matches.
    private static func isElement(_ node: xmlNodePtr, named name: String) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, node.pointee.ns == nil, let nodeName = node.pointee.name else { return false }
        return name.withCString { strcmp($0, nodeName) == 0 }
    }

    /// An element with this name in `namespace` (its URI; `nil`: no namespace).
    private static func isElement(_ node: xmlNodePtr, named name: String, namespace: String?) -> Bool {
        guard let namespace else { return isElement(node, named: name) }
        guard node.pointee.type == XML_ELEMENT_NODE, let nodeName = node.pointee.name, let uri = node.pointee.ns?.pointee.href else {
            return false
        }
        return name.withCString { strcmp($0, nodeName) == 0 } && namespace.withCString { strcmp($0, uri) == 0 }
    }

    /// Evaluates a compiled query with `contextPath` (an absolute location path such as
    /// `/domstatus/domain`) as the context node, or the document when it is `nil`.
    ///
    /// `withText: false` leaves selected elements' text empty: an element's text is all the text
    /// below it, and callers that only need names, lines and attributes should not copy it.
    public func evaluate(_ query: XPathQuery, contextPath: XPathQuery? = nil, withText: Bool = true) -> [XPathValue] {
        // The document never changes: a scalar answer (a string, number or boolean) is kept and
        // given again. Node sets are not kept (they can be large); they are rarely asked twice.
        let question = DocumentMemory.Question(query: query.expression, contextPath: contextPath?.expression)
        if let known = memory.answer(to: question) { return [known] }
        let values = withContext(contextPath: contextPath) { context in
            guard let context else { return [XPathValue]() }
            return self.values(of: query, in: context, withText: withText)
        }
        if values.count == 1 {
            switch values[0] {
            case .string, .number, .boolean: memory.remember(values[0], to: question)
            case .node: break
            }
        }
        return values
    }

    /// Selects nodes with `query` and, for each, evaluates `captures` relative to the node.
    public func select(
        _ query: XPathQuery, captures: [(name: String, query: XPathQuery)], contextPath: XPathQuery? = nil
    ) -> [XPathMatch] {
        guard mayMatch(query) else { return [] }
        return withContext(contextPath: contextPath) { context -> [XPathMatch] in
            guard let context, let result = xmlXPathCompiledEval(query.compiled, context) else { return [] }
            defer { xmlXPathFreeObject(result) }
            guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
            var matches: [XPathMatch] = []
            for index in 0..<Int(set.pointee.nodeNr) {
                guard let node = set.pointee.nodeTab[index] else { continue }
                var values: [String: XPathValue] = [:]
                for capture in captures {
                    context.pointee.node = node
                    values[capture.name] = self.values(of: capture.query, in: context).first
                }
                matches.append(XPathMatch(element: XMLElementValue(node: node, includeText: false, startTags: startTags), captures: values))
            }
            return matches
        }
    }

    private func withContext<T>(contextPath: XPathQuery?, _ body: (xmlXPathContextPtr?) -> T) -> T {
        XPathThreadCache.current.withContext(document: document) { context in
            guard let context else { return body(nil) }
            return withContext(context, contextPath: contextPath, body)
        }
    }

    private func withContext<T>(_ context: xmlXPathContextPtr, contextPath: XPathQuery?, _ body: (xmlXPathContextPtr?) -> T) -> T {
        if let contextPath {
            guard let node = contextNode(contextPath, in: context) else { return body(nil) }
            context.pointee.node = node
            return body(context)
        }
        return body(context)
    }

    /// The first node an absolute `path` selects. The document never changes after parsing,
    /// so it is found once per path: every domain rule runs relative to `/domain`, and finding
    /// it again for each rule cost as much as the rules' own queries.
    private func contextNode(_ path: XPathQuery, in context: xmlXPathContextPtr) -> xmlNodePtr? {
        if let known = memory.node(for: path.expression) { return known.node }
        var node: xmlNodePtr?
        if let result = xmlXPathCompiledEval(path.compiled, context) {
            if result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 {
                node = set.pointee.nodeTab[0]
            }
            xmlXPathFreeObject(result)
        }
        memory.remember(node, for: path.expression)
        return node
    }

    /// Whether `query` can select anything in `document`: `false` when an element name it
    /// needs (`XPathQuery.elementRequirement`) is not in the document's name dictionary, where
    /// libxml2 interns every element name it parsed. Then the result is empty without
    /// evaluating (most rules look for rare elements).
    ///
    /// An alternative whose predicates compare attributes with plain words (`@type='vdpa'`)
    /// also needs one word of each group among the document's attribute values
    /// (`AttributeValueFilter`).
    func mayMatch(_ query: XPathQuery) -> Bool {
        guard let alternatives = query.requirements, let dictionary = document.pointee.dict else { return true }
        return requirementAnswers.withLock { answers in
            answers.mayHold(alternatives, names: query.requiredNames, dictionary: dictionary, document: document)
        }
    }

    /// The document's attribute values as `mayMatch` sees them (for tests).
    func attributeValues() -> AttributeValueFilter {
        AttributeValueFilter(document: document)
    }

    /// What a document answered about requirement words, and its attribute values, gathered
    /// at the first literal word asked.
    struct RequirementAnswers: Sendable {
        /// Words asked so far, and those of them the document has.
        private var asked = RequirementWordSet()
        private var present = RequirementWordSet()
        var values: AttributeValueFilter?

        /// Whether the document may hold what one of `alternatives` needs: every name, and a
        /// word of each literal group. `names` are all the alternatives' names, answered at once
        /// when one is new; literal words only when an alternative has all its names (their
        /// answer walks the tree). The answers are a function of the document: the order they
        /// come in changes no result.
        mutating func mayHold(
            _ alternatives: [XPathRequirement], names: RequirementWordSet, dictionary: xmlDictPtr, document: xmlDocPtr
        ) -> Bool {
            if !asked.isSuperset(of: names) {
                for alternative in alternatives {
                    for word in alternative.nameWords where !asked.contains(word.number) {
                        let found = word.bytes.withUnsafeBufferPointer { name in
                            xmlDictExists(dictionary, name.baseAddress, Int32(name.count)) != nil
                        }
                        remember(word.number, found)
                    }
                }
            }
            for alternative in alternatives where present.isSuperset(of: alternative.nameSet) {
                if alternative.literalGroupSets.isEmpty { return true }
                if holdsLiterals(of: alternative, document: document) { return true }
            }
            return false
        }

        /// Whether the document may hold a word of each literal group of `alternative`.
        private mutating func holdsLiterals(of alternative: XPathRequirement, document: xmlDocPtr) -> Bool {
            // By index: zipping the two lists copied each group's set for every question.
            let groups = alternative.literalGroupSets
            for index in groups.indices {
                if !asked.isSuperset(of: groups[index]) {
                    if values == nil { values = AttributeValueFilter(document: document) }
                    for word in alternative.literalWordGroups[index] where !asked.contains(word.number) {
                        remember(word.number, values!.mayContain(word.bytes))
                    }
                }
                guard present.intersects(groups[index]) else { return false }
            }
            return true
        }

        private mutating func remember(_ number: Int, _ found: Bool) {
            asked.insert(number)
            if found { present.insert(number) }
        }
    }

    /// The result of a query as Swift values: one per node, or one scalar.
    private func values(of query: XPathQuery, in context: xmlXPathContextPtr, withText: Bool = true) -> [XPathValue] {
        guard mayMatch(query) else { return [] }
        let origin = context.pointee.node
        defer { context.pointee.node = origin }
        guard let result = xmlXPathCompiledEval(query.compiled, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            guard let set = result.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                guard let node = set.pointee.nodeTab[index] else { return nil }
                return .node(XMLElementValue(node: node, includeText: withText, startTags: startTags))
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

/// Bounds on work that libxml2's own limits leave open. Each was found by a hostile input that
/// is well-formed XML yet would stall the run or exhaust memory.
extension XMLDocument {
    /// Attribute pairs libxml2 may compare (summed over elements): about a tenth of a second.
    /// libxml2 before 2.12 finds duplicate attributes, and appends each attribute to its element,
    /// in time quadratic in the element's attributes: one element with 100,000 attributes (1 MB)
    /// takes half a minute, a 16 MiB one hours. A libvirt element has a few dozen at most.
    static let attributePairBudget = 1 << 24

    /// Text that entity references may stand for, in bytes. nestlint never substitutes entities,
    /// but XPath string values and libxml2's node contents do: one 1 MB entity referenced 3,000
    /// times (libxml2's loop and amplification checks let it through: it is not nested) is 3 GB.
    static let entityExpansionBudget = 1 << 20

    /// The first start tag at which the attribute pairs of the document so far exceed the budget.
    ///
    /// A lexical pass, linear in the input (lines are counted only for the answer): comments, CDATA sections, processing instructions and
    /// the DOCTYPE (with its internal subset) are skipped; in a tag, `=` outside quotes counts one
    /// attribute. A malformed document may be counted wrongly, which only ever matters beyond the
    /// budget, where refusing it is right anyway.
    static func firstCrowdedElement(in bytes: [UInt8]) -> (line: Int, attributes: Int)? {
        // The pass below counts an attribute per `=`: when the whole document has too few `=`
        // to exceed the budget even in one element (every document nestlint meets), counting
        // them (a loop the compiler vectorises) is all the work.
        // A document shorter than that many `=` cannot have them (most are a few kilobytes).
        let possiblePairs = bytes.count.multipliedReportingOverflow(by: max(bytes.count - 1, 0))
        guard possiblePairs.overflow || possiblePairs.partialValue / 2 > attributePairBudget else { return nil }
        var equalsSigns = 0
        for byte in bytes where byte == UInt8(ascii: "=") { equalsSigns += 1 }
        guard equalsSigns * (equalsSigns - 1) / 2 > attributePairBudget else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, attributes: Int)? in
            let count = buffer.count
            var index = 0
            var pairs = 0
            while index < count {
                guard buffer[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if startsWith(buffer, "<!--", at: index) {
                    index = end(of: "-->", in: buffer, from: index + 4)
                } else if startsWith(buffer, "<![CDATA[", at: index) {
                    index = end(of: "]]>", in: buffer, from: index + 9)
                } else if startsWith(buffer, "<?", at: index) {
                    index = end(of: "?>", in: buffer, from: index + 2)
                } else if startsWith(buffer, "<!", at: index) {
                    // <!DOCTYPE …[ internal subset ]>: literals may hold '>' and brackets.
                    var depth = 0
                    var quote: UInt8?
                    index += 2
                    while index < count {
                        let current = buffer[index]
                        if let open = quote {
                            if current == open { quote = nil }
                        } else if startsWith(buffer, "<!--", at: index) {
                            index = end(of: "-->", in: buffer, from: index + 4)
                            continue
                        } else if startsWith(buffer, "<?", at: index) {
                            index = end(of: "?>", in: buffer, from: index + 2)
                            continue
                        } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                            quote = current
                        } else if current == UInt8(ascii: "[") {
                            depth += 1
                        } else if current == UInt8(ascii: "]") {
                            depth -= 1
                        } else if current == UInt8(ascii: ">") && depth <= 0 {
                            index += 1
                            break
                        }
                        index += 1
                    }
                } else {
                    // A start or end tag: attributes are the '=' outside quoted values.
                    let tagStart = index
                    var attributes = 0
                    var quote: UInt8?
                    index += 1
                    while index < count {
                        let current = buffer[index]
                        index += 1
                        if let open = quote {
                            if current == open { quote = nil }
                        } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                            quote = current
                        } else if current == UInt8(ascii: "=") {
                            attributes += 1
                        } else if current == UInt8(ascii: ">") {
                            break
                        }
                    }
                    pairs += attributes * (attributes - 1) / 2
                    if attributes > 1 && pairs > attributePairBudget {
                        var line = 1
                        for offset in 0..<tagStart where buffer[offset] == UInt8(ascii: "\n") { line += 1 }
                        return (line, attributes)
                    }
                }
            }
            return nil
        }
    }

    private static func startsWith(_ buffer: UnsafeBufferPointer<UInt8>, _ literal: StaticString, at position: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard position + length <= buffer.count else { return false }
        for offset in 0..<length where buffer[position + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    /// The index just past the next `terminator` at or after `start`; the end when there is none.
    private static func end(of terminator: StaticString, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let first = terminator.utf8Start[0]
        while index < buffer.count {
            if buffer[index] == first && startsWith(buffer, terminator, at: index) {
                return index + terminator.utf8CodeUnitCount
            }
            index += 1
        }
        return buffer.count
    }

    /// The place where the text that entity references stand for first exceeds `budget` bytes,
    /// or `nil` when it never does. Looks at references in element content and in attribute
    /// values; each entity's expansion is computed once from its replacement text.
    static func entityExpansion(of document: xmlDocPtr, budget: Int) -> (line: Int, size: Int)? {
        // Only entities declared in the internal subset can stand for text (the external subset
        // is never loaded; predefined entities are substituted by the parser): without any, the
        // tree is not walked.
        guard let subset = document.pointee.intSubset, subset.pointee.entities != nil else { return nil }
        var expansions: [String: Int] = [:]
        /// The bytes an entity stands for, nested references included; over budget when nesting
        /// runs deeper than libxml2 allows (it refuses loops before this is reached).
        func expansion(of name: String, depth: Int) -> Int {
            if let known = expansions[name] { return known }
            guard depth < 40 else { return budget + 1 }
            guard let entity = xmlGetDocEntity(document, name),
                entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content
            else {
                // External entities are never loaded: they stand for nothing.
                expansions[name] = 0
                return 0
            }
            var size = 0
            var text = Array(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))[...]
            while let ampersand = text.firstIndex(of: UInt8(ascii: "&")) {
                size += ampersand - text.startIndex
                text = text[(ampersand + 1)...]
                guard let semicolon = text.firstIndex(of: UInt8(ascii: ";")) else { break }
                let reference = text[..<semicolon]
                if reference.first == UInt8(ascii: "#") {
                    size += 4  // a character reference: one character
                } else {
                    size =
                        size.addingReportingOverflow(expansion(of: String(decoding: reference, as: UTF8.self), depth: depth + 1))
                        .partialValue
                }
                text = text[(semicolon + 1)...]
                if size > budget { break }
            }
            size += text.count
            expansions[name] = size
            return size
        }
        var total = 0
        var pending: [xmlNodePtr] = xmlDocGetRootElement(document).map { [$0] } ?? []
        while let node = pending.popLast() {
            if node.pointee.type == XML_ENTITY_REF_NODE {
                // Its children are the entity declaration, not part of the document: not walked.
                let name = node.pointee.name.map { String(cString: $0) } ?? ""
                total = total.addingReportingOverflow(expansion(of: name, depth: 0)).partialValue
                if total > budget || total < 0 {
                    var placed: xmlNodePtr? = node
                    while let current = placed, current.pointee.type != XML_ELEMENT_NODE { placed = current.pointee.parent }
                    return (placed.map { Int(xmlGetLineNo($0)) } ?? 1, total)
                }
                continue
            }
            var child = node.pointee.children
            while let current = child {
                pending.append(current)
                child = current.pointee.next
            }
            if node.pointee.type == XML_ELEMENT_NODE {
                var attribute = node.pointee.properties
                while let current = attribute {
                    var value = current.pointee.children
                    while let part = value {
                        pending.append(part)
                        value = part.pointee.next
                    }
                    attribute = current.pointee.next
                }
            }
        }
        return nil
    }
}

/// What was learnt about one document: the nodes absolute context paths lead to, and the
/// answers of scalar queries (strings, numbers, booleans), which several rules and facts ask
/// again (a domain's UUID and name are wanted by the facts, the intent, the finding merger…).
private final class DocumentMemory: @unchecked Sendable {
    // @unchecked: the state is only reached under its mutex; the nodes belong to a document
    // that is never changed after parsing and outlives this object.
    /// @unchecked: a node of the document that owns this memory, read only.
    struct Known: @unchecked Sendable {
        let node: xmlNodePtr?
    }

    struct Question: Hashable {
        let query: String
        let contextPath: String?
    }

    struct State {
        var nodes: [String: Known] = [:]
        var answers: [Question: XPathValue] = [:]
    }

    /// A `Mutex` rather than an `NSLock`: made and dropped with every document, where the
    /// lock object and its pthread mutex were two allocations more.
    private let state = Mutex(State())

    func node(for expression: String) -> Known? {
        state.withLock { $0.nodes[expression] }
    }

    func remember(_ node: xmlNodePtr?, for expression: String) {
        state.withLock { $0.nodes[expression] = Known(node: node) }
    }

    func answer(to question: Question) -> XPathValue? {
        state.withLock { $0.answers[question] }
    }

    func remember(_ answer: XPathValue, to question: Question) {
        state.withLock { $0.answers[question] = answer }
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
