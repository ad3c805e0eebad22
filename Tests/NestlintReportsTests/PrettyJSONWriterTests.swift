import Foundation
import Testing

@testable import NestlintReports

/// The writer's pieces against `JSONEncoder` with the reports' options: escaping, numbers,
/// empty and nested containers, dictionary keys and their order.
@Suite struct PrettyJSONWriterTests {
    static func written(_ body: (inout PrettyJSONWriter) -> Void) -> String {
        var json = PrettyJSONWriter(reservingCapacity: 0)
        body(&json)
        return json.finishedText()
    }

    static func writtenStrings(_ strings: [String]) -> String {
        written { json in
            json.beginArray()
            for string in strings {
                json.element()
                json.string(string)
            }
            json.endArray()
        }
    }

    /// Every ASCII character alone, at the start, in the middle and at the end of a string, and
    /// next to another escape: control characters, `"`, `\`, `/`, DEL.
    @Test func asciiIsEscapedAsTheEncoderEscapesIt() throws {
        var strings: [String] = [""]
        for value in 0..<0x80 {
            let character = String(Unicode.Scalar(UInt8(value)))
            strings += [character, character + "x", "x" + character + "y", "x" + character, character + character + "\n"]
        }
        #expect(EncoderOracle.difference(Self.writtenStrings(strings), try EncoderOracle.text(strings)) == nil)
    }

    /// Non-ASCII is written as it is, including the line and paragraph separators, NEL, a BOM,
    /// combining marks, emoji sequences and characters outside the BMP.
    @Test func nonASCIIIsWrittenAsItIs() throws {
        let strings = [
            "é", "e\u{301}", "ß", "漢字", "😀", "👩‍👩‍👧", "🇫🇷", "\u{2028}", "\u{2029}", "\u{85}", "\u{FEFF}", "\u{10FFFF}", "\u{A0}",
            "mixed \"é\" \\ \u{2028}\t😀/\u{1F}", String(repeating: "long é \" ", count: 500),
        ]
        #expect(EncoderOracle.difference(Self.writtenStrings(strings), try EncoderOracle.text(strings)) == nil)
    }

    @Test func integersAndBooleans() throws {
        let integers = [Int.min, Int.min + 1, -1_000_000, -10, -9, -1, 0, 1, 9, 10, 99, 100, 65_535, 16_777_216, Int.max]
        let text = Self.written { json in
            json.beginArray()
            for integer in integers {
                json.element()
                json.integer(integer)
            }
            json.endArray()
        }
        #expect(EncoderOracle.difference(text, try EncoderOracle.text(integers)) == nil)
        let booleans = [true, false]
        let booleanText = Self.written { json in
            json.beginArray()
            for boolean in booleans {
                json.element()
                json.boolean(boolean)
            }
            json.endArray()
        }
        #expect(EncoderOracle.difference(booleanText, try EncoderOracle.text(booleans)) == nil)
    }

    /// Empty arrays and objects at several depths, first, last and between other members.
    @Test func emptyAndNestedContainers() throws {
        let value: [String: [[String: [Int]]]] = [
            "a": [], "b": [[:]], "c": [["x": []], [:], ["y": [1], "z": []]], "d": [[:], [:]],
        ]
        let text = Self.written { json in
            json.beginObject()
            for (key, arrays) in PrettyJSONWriter.sortedMembers(value) {
                json.key(key)
                json.beginArray()
                for object in arrays {
                    json.element()
                    json.beginObject()
                    for (name, integers) in PrettyJSONWriter.sortedMembers(object) {
                        json.key(name)
                        json.beginArray()
                        for integer in integers {
                            json.element()
                            json.integer(integer)
                        }
                        json.endArray()
                    }
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
        }
        #expect(EncoderOracle.difference(text, try EncoderOracle.text(value)) == nil)
        #expect(EncoderOracle.difference(Self.writtenStrings([]), try EncoderOracle.text([String]())) == nil)
    }

    /// An object nested deeper than the writer's ready-made indentation (32 levels).
    final class Nest: Encodable {
        let level: Int
        let child: Nest?

        init(level: Int, child: Nest?) {
            self.level = level
            self.child = child
        }

        func write(to json: inout PrettyJSONWriter) {
            json.beginObject()
            if let child {
                json.key("child")
                child.write(to: &json)
            }
            json.member("level", level)
            json.endObject()
        }
    }

    @Test func deepNesting() throws {
        var nest = Nest(level: 40, child: nil)
        for level in (0..<40).reversed() { nest = Nest(level: level, child: nest) }
        let text = Self.written { nest.write(to: &$0) }
        #expect(EncoderOracle.difference(text, try EncoderOracle.text(nest)) == nil)
    }

    /// Dictionary keys are escaped like strings and sorted by their UTF-8 bytes, as
    /// `.sortedKeys` sorts them: capitals before small letters, `INPUT10` before `INPUT2`, a
    /// precomposed `é` after `z`, a prefix before the longer key.
    @Test func dictionaryKeysAreEscapedAndSortedByTheirBytes() throws {
        let value: [String: Int] = [
            "": 0, "a\"b": 1, "é": 2, "A": 4, "\n": 5, "/": 6, "INPUT10": 7, "INPUT2": 8, "INPUT1": 9, "z": 10, "$schema": 11,
            "nestlint/shard": 12, "😀": 13, "\u{2028}": 14, "ruleId": 15, "ruleIndex": 16,
        ]
        let text = Self.written { json in
            json.beginObject()
            for (key, integer) in PrettyJSONWriter.sortedMembers(value) {
                json.key(key)
                json.integer(integer)
            }
            json.endObject()
        }
        #expect(EncoderOracle.difference(text, try EncoderOracle.text(value)) == nil)
    }
}
