import Foundation
import Testing
import Yams

@testable import NestlintCore

/// Rule files are composed with Yams' basic resolver (every plain scalar a string) instead of
/// its default one (`RuleLoader.resolver`). The two must give the same rules and the same
/// errors: over every built-in rule file, and over those files broken line by line (a line
/// removed, a value or a key replaced by one the default resolver types: booleans, numbers,
/// null, timestamps, flow collections, explicit tags).
///
/// Inputs left out on purpose, where the two differ (none is a usable rule file either way):
/// a mapping with a plain `=` key where a string is expected (the default resolver read it as
/// its value, YAML 1.1's value key), two keys of one mapping written once plain and once quoted
/// (`1` and `'1'`: one key for the basic resolver, a duplicate-key error), and a quoted
/// comparison name that the default resolver would type (`'yes': 1`), which now reads as an
/// unknown comparison rather than a missing one.
@Suite struct RuleLoaderResolverTests {
    /// Values the default resolver types, or that are strings only because they are quoted.
    static let values = [
        "true", "false", "'true'", "\"false\"", "!!str true", "!!bool false", "!!int 3", "yes", "No", "on", "OFF",
        "3", "'3'", "-7", "0x1F", "0o17", "1_000", "3.5", ".inf", "~", "null", "", "2024-01-02", "<<", "=",
        "[a, 'b', 3]", "{fact: x, equals: true}", "\"two words\"",
    ]
    /// Plain keys the default resolver types.
    static let keys = ["yes", "on", "1", "~", "<<", "=", "true"]

    /// Every `.yml` rule file of the built-in pack, plus the sample rule of `RuleLoaderTests`.
    static let files: [(path: String, text: String)] =
        BuiltinRulePack.files.filter { !$0.path.contains("/") }.map { ("rules/" + $0.path, $0.text) }
        + [("pack/XX901-sample-rule.yml", RuleLoaderTests.valid)]

    /// The loaded rule (every stored property, recursively) or the error, as text.
    static func outcome(_ loader: RuleLoader, path: String, text: String) -> String {
        do {
            var output = ""
            dump(try loader.load(path: path, text: text), to: &output)
            return output
        } catch {
            return error.description
        }
    }

    /// The file and its variants: every `KEY: VALUE` line with another value, every fourth one
    /// with another key, every seventh line removed (picked by line number, so that each file
    /// meets every value and key).
    static func variants(of text: String) -> [String] {
        // A line `KEY: VALUE`, optionally a list entry.
        let keyLine = /(\s*(?:- )?)([A-Za-z][A-Za-z-]*):(\s+)(\S.*)/
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var variants = [text]
        func replacing(_ index: Int, with line: String?) {
            var changed = lines
            if let line { changed[index] = line } else { changed.remove(at: index) }
            variants.append(changed.joined(separator: "\n"))
        }
        for (index, line) in lines.enumerated() {
            if let match = line.wholeMatch(of: keyLine) {
                let (indent, key, space) = (match.1, match.2, match.3)
                replacing(index, with: "\(indent)\(key):\(space)\(values[index % values.count])")
                if index % 4 == 0 { replacing(index, with: "\(indent)\(keys[index / 4 % keys.count]):\(space)\(match.4)") }
            }
            if index % 7 == 0 { replacing(index, with: nil) }
        }
        return variants
    }

    @Test(arguments: files.map(\.path))
    func bothResolversReadTheSame(path: String) throws {
        let text = try #require(Self.files.first { $0.path == path }?.text)
        let previous = RuleLoader(resolver: .default)
        let current = RuleLoader()
        var compared = 0
        for variant in Self.variants(of: text) {
            let expected = Self.outcome(previous, path: path, text: variant)
            let actual = Self.outcome(current, path: path, text: variant)
            #expect(actual == expected, "\(path) variant:\n\(variant)")
            if actual != expected { return }
            compared += 1
        }
        #expect(compared > 10)
    }

    @Test func theParameterTableReadsTheSame() throws {
        let path = "rules/" + RulePackLoader.parameterTablePath
        let text = try #require(BuiltinRulePack.files.first { $0.path == RulePackLoader.parameterTablePath }?.text)
        func load(_ resolver: Resolver, _ text: String) -> (table: ModuleParameterTable?, error: String?) {
            do {
                return (try ModuleParameterTable(path: path, text: text, resolver: resolver), nil)
            } catch {
                return (nil, error.description)
            }
        }
        for variant in Self.variants(of: text) {
            let (previous, current) = (load(.default, variant), load(.basic, variant))
            #expect(current.error == previous.error, "variant:\n\(variant)")
            #expect(current.table?.source == previous.table?.source)
            #expect(current.table?.modules == previous.table?.modules, "variant:\n\(variant)")
        }
    }
}
