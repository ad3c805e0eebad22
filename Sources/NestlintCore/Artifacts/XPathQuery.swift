import CLibXML2

/// An XPath expression compiled once (per rule, per run) and evaluated on many documents.
public final class XPathQuery: @unchecked Sendable {
    // @unchecked: a compiled expression is not modified by evaluation; each evaluation has its
    // own context.
    let compiled: xmlXPathCompExprPtr
    public let expression: String

    /// The namespace of nestlint's intent metadata (RULES.md, "Intent"), bound to the prefix
    /// `nestlint` in every query.
    public static let intentNamespace = "urn:nestlint:intent:1"

    /// Compiles `expression`; `nil` with libxml2's message when it is not valid XPath 1.0.
    public init(_ expression: String) throws(XPathCompileError) {
        self.expression = expression
        guard let compiled = XPathQuery.compile(expression) else {
            throw XPathCompileError(expression: expression)
        }
        self.compiled = compiled
    }

    private static func compile(_ expression: String) -> xmlXPathCompExprPtr? {
        // Compile against a context so that the `nestlint:` prefix is known at compile time.
        guard let document = xmlNewDoc(nil) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let context = xmlXPathNewContext(document) else { return nil }
        defer { xmlXPathFreeContext(context) }
        _ = xmlXPathRegisterNs(context, "nestlint", intentNamespace)
        // Keep libxml2 from printing compile errors on stderr; the rule loader reports them.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return xmlXPathCtxtCompile(context, expression)
    }

    deinit {
        xmlXPathFreeCompExpr(compiled)
    }
}

/// An expression libxml2 could not compile.
public struct XPathCompileError: Error, Sendable {
    public let expression: String
}

/// One value of an XPath result, copied out of libxml2.
public enum XPathValue: Sendable, Equatable {
    case node(XMLElementValue)
    case boolean(Bool)
    case number(Double)
    case string(String)
}

/// A node selected by a rule, with the values of its captures.
public struct XPathMatch: Sendable {
    public let element: XMLElementValue
    public let captures: [String: XPathValue]
}
