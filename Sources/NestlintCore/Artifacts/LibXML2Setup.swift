import CLibXML2
import CNestlintArena

/// libxml2's process-wide set-up, done once before any other call into libxml2 (a query
/// compiled at rule loading may come before the first document).
enum LibXML2Setup {
    static let done: Bool = {
        // The allocator must be in place before libxml2 allocates anything: memory from
        // malloc before it would be released through it (nestlint_arena.h handles that too).
        xmlMemSetup(nestlint_xml_release, nestlint_xml_allocate, nestlint_xml_reallocate, nestlint_xml_duplicate)
        // Must run once before documents are parsed on several threads.
        xmlInitParser()
        return true
    }()
}
