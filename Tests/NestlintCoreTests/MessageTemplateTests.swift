import Testing

@testable import NestlintCore

/// Message templates split into text runs and `{name}` placeholders; braces that do not pair
/// are load errors of the rule file.
@Suite struct MessageTemplateTests {
    func pieces(_ source: String) throws -> [String] {
        try MessageTemplate(source).pieces.map {
            switch $0 {
            case .text(let text): "text(\(text))"
            case .placeholder(let name, let wantsLocation, let fallback): "placeholder(\(name), \(wantsLocation), \(fallback ?? "-"))"
            }
        }
    }

    @Test func textAndPlaceholdersAlternate() throws {
        #expect(try pieces("") == [])
        #expect(try pieces("plain } text") == ["text(plain } text)"])
        #expect(try pieces("{a}{b.location}") == ["placeholder(a, false, -)", "placeholder(b, true, -)"])
        #expect(try pieces("x { item.y | none } z") == ["text(x )", "placeholder(item.y, false,  none )", "text( z)"])
        #expect(try pieces("{a|}") == ["placeholder(a, false, )"])
        #expect(try pieces("a\r\n{b}\r\n") == ["text(a\r\n)", "placeholder(b, false, -)", "text(\r\n)"])
        #expect(try pieces("é{a|b|c}↓\r\n") == ["text(é)", "placeholder(a, false, b|c)", "text(↓\r\n)"])
        // A brace with a combining accent is another character, not a brace.
        #expect(try pieces("{\u{301}a}") == ["text({\u{301}a})"])
    }

    @Test func unpairedBracesAreErrors() {
        for source in ["a {b", "{", "{}", "{ }", "{|x}", "{ {a}", "{a} {b"] {
            #expect(throws: MessageTemplateError.self, "\(source)") { try MessageTemplate(source) }
        }
    }
}
