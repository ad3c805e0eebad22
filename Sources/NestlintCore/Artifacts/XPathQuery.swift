import CLibXML2
import Synchronization

/// An XPath expression compiled once (per rule, per run) and evaluated on many documents.
public final class XPathQuery: @unchecked Sendable {
    // @unchecked: immutable; the compiled form is per thread (below).
    public let expression: String
    /// Element names without which the expression selects nothing (`XPathElementRequirement`):
    /// a document lacking them is answered without evaluating. `nil`: always evaluate.
    var elementRequirement: [[String]]? { requirements?.map(\.names) }
    /// The same alternatives with the attribute values their predicates compare with
    /// (`XPathRequirement`); `nil`: always evaluate.
    let requirements: [XPathRequirement]?
    /// The element names of all of `requirements`' alternatives, as one set: a document
    /// answers them together (`XMLDocument.mayMatch`).
    let requiredNames: RequirementWordSet

    /// The compiled expression for the calling thread, compiled once per thread and kept.
    ///
    /// libxml2 (2.9, Debian 12's) writes into a compiled expression while evaluating it:
    /// `xmlXPathCompOpEval` caches each function lookup in the step (`op->cache`), so one copy
    /// evaluated by two threads at once is a data race. Rules are evaluated on every core, so
    /// each thread evaluates its own copy (`XPathThreadCache`); the text was checked at init.
    var compiled: xmlXPathCompExprPtr {
        XPathThreadCache.current.compiled(self)
    }

    /// A number no other query of this process has: the thread caches find a query's compiled
    /// copy by it, which is cheaper than hashing the expression text for every evaluation.
    let serial: Int
    private static let serials = Atomic<Int>(0)

    /// The namespace of nestlint's intent metadata (RULES.md, "Intent"), bound to the prefix
    /// `nestlint` in every query.
    public static let intentNamespace = "urn:nestlint:intent:1"

    /// Compiles `expression`; `nil` with libxml2's message when it is not valid XPath 1.0.
    public init(_ expression: String) throws(XPathCompileError) {
        self.expression = expression
        self.serial = Self.serials.wrappingAdd(1, ordering: .relaxed).oldValue
        self.requirements = XPathElementRequirement.requirements(of: expression)
        var names = RequirementWordSet()
        for alternative in requirements ?? [] { names.formUnion(alternative.nameSet) }
        self.requiredNames = names
        guard let compiled = XPathQuery.compile(expression) else {
            throw XPathCompileError(expression: expression)
        }
        xmlXPathFreeCompExpr(compiled)
    }

    static func compile(_ expression: String) -> xmlXPathCompExprPtr? {
        _ = LibXML2Setup.done
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

/// A query reflects as what it means (its text and the element names it needs), not its
/// serial number: two loads of one rule describe the same queries.
extension XPathQuery: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: ["expression": expression, "elementRequirement": elementRequirement as Any], displayStyle: .class)
    }
}
