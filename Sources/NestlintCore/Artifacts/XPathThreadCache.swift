import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The XPath expressions compiled on one thread, by expression text, freed when the thread
/// ends (see `XPathQuery.compiled` for why each thread has its own copies).
///
/// An expression compiles to the same program whatever query object holds it (every query is
/// compiled with the same `nestlint:` namespace binding), so the text is the key: a query
/// object that goes away leaves nothing stale behind.
final class XPathThreadCache {
    private var expressions: [String: xmlXPathCompExprPtr] = [:]
    /// The same compiled copies by query (`XPathQuery.serial`), the lookup made for every
    /// evaluation.
    private var queries: [Int: xmlXPathCompExprPtr] = [:]
    /// An XPath context kept for the next evaluation on this thread: making one registers every
    /// XPath function in a new hash table, which cost more than most evaluations themselves.
    private var idleContext: xmlXPathContextPtr?

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
                Unmanaged<XPathThreadCache>.fromOpaque(pointer).release()
            #else
                guard let pointer else { return }
                Unmanaged<XPathThreadCache>.fromOpaque(pointer).release()
            #endif
        }
        return key
    }()

    /// The calling thread's cache.
    static var current: XPathThreadCache {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<XPathThreadCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = XPathThreadCache()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// `expression` compiled for this thread. The text compiled once already (the query's
    /// init), so failing now means libxml2 ran out of memory: that stops the run.
    func compiled(_ query: XPathQuery) -> xmlXPathCompExprPtr {
        if let compiled = queries[query.serial] { return compiled }
        let compiled = compiled(query.expression)
        queries[query.serial] = compiled
        return compiled
    }

    private func compiled(_ expression: String) -> xmlXPathCompExprPtr {
        if let compiled = expressions[expression] { return compiled }
        guard let compiled = XPathQuery.compile(expression) else {
            fatalError("libxml2 could not compile the XPath expression \(expression) again")
        }
        expressions[expression] = compiled
        return compiled
    }

    /// Runs `body` with an XPath context on `document` (`nil` when libxml2 is out of memory),
    /// the `nestlint:` prefix bound. The context is this thread's, reused from one evaluation to
    /// the next (as libxml2's maintainer advises: one context per thread); a nested use gets a
    /// context of its own.
    func withContext<T>(document: xmlDocPtr, _ body: (xmlXPathContextPtr?) -> T) -> T {
        let context: xmlXPathContextPtr
        if let idle = idleContext {
            idleContext = nil
            context = idle
        } else {
            guard let made = xmlXPathNewContext(nil) else { return body(nil) }
            _ = xmlXPathRegisterNs(made, "nestlint", XPathQuery.intentNamespace)
            context = made
        }
        context.pointee.doc = document
        context.pointee.node = nil
        context.pointee.contextSize = -1
        context.pointee.proximityPosition = -1
        defer {
            context.pointee.doc = nil
            context.pointee.node = nil
            if idleContext == nil { idleContext = context } else { xmlXPathFreeContext(context) }
        }
        return body(context)
    }

    deinit {
        for compiled in expressions.values { xmlXPathFreeCompExpr(compiled) }
        if let idleContext { xmlXPathFreeContext(idleContext) }
    }
}
