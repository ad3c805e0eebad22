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
    func compiled(_ expression: String) -> xmlXPathCompExprPtr {
        if let compiled = expressions[expression] { return compiled }
        guard let compiled = XPathQuery.compile(expression) else {
            fatalError("libxml2 could not compile the XPath expression \(expression) again")
        }
        expressions[expression] = compiled
        return compiled
    }

    deinit {
        for compiled in expressions.values { xmlXPathFreeCompExpr(compiled) }
    }
}
