import Foundation
import Testing

@testable import NestlintReports

/// Long arrays are written and mapped in parts on all cores (`ConcurrentChunks`); the bytes and
/// the order must be those of one thread, whatever the length or the core count.
@Suite struct ConcurrentElementsTests {
    @Test func rangesCoverEveryIndexOnceInOrder() {
        for cores in [1, 2, 3, 8, 64] {
            for count in [0, 1, 511, 512, 513, 1_000, 4_097, 100_000] {
                let ranges = ConcurrentChunks.ranges(count: count, cores: cores)
                #expect(ranges.flatMap { Array($0) } == Array(0..<count), "\(count) items on \(cores) cores")
                #expect(ranges.count <= max(1, cores))
                #expect(!ranges.contains { $0.isEmpty } || count == 0)
            }
        }
    }

    @Test func concurrentMapKeepsTheOrder() {
        for count in [0, 3, 600, 10_001] {
            let numbers = Array(0..<count)
            #expect(numbers.concurrentMap { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
        }
    }

    /// Nested containers inside the elements, in an array that is not the first member, at the
    /// lengths around the threshold: the same text as the serial loop and as `JSONEncoder`.
    @Test func elementsAreWrittenAsOneThreadWritesThem() throws {
        for count in [0, 1, 2, 511, 512, 513, 2_000, 5_003] {
            let items = (0..<count).map { ["name": "item \($0)\n\"quoted\"", "tags": "\($0 % 7)"] }
            let serial = PrettyJSONWriterTests.written { json in
                json.beginObject()
                json.member("count", count)
                json.key("items")
                json.beginArray()
                for item in items {
                    json.element()
                    Self.write(item, to: &json)
                }
                json.endArray()
                json.member("z", true)
                json.endObject()
            }
            let parts = PrettyJSONWriterTests.written { json in
                json.beginObject()
                json.member("count", count)
                json.key("items")
                json.beginArray()
                json.elements(items, bytesEach: 64) { item, part in Self.write(item, to: &part) }
                json.endArray()
                json.member("z", true)
                json.endObject()
            }
            #expect(parts == serial, "\(count) elements")
            struct Wrapper: Encodable {
                let count: Int
                let items: [[String: String]]
                let z: Bool
            }
            let oracle = try EncoderOracle.text(Wrapper(count: count, items: items, z: true))
            #expect(EncoderOracle.difference(parts, oracle) == nil, "\(count) elements")
        }
    }

    private static func write(_ item: [String: String], to json: inout PrettyJSONWriter) {
        json.beginObject()
        for (key, value) in PrettyJSONWriter.sortedMembers(item) {
            json.key(key)
            json.string(value)
        }
        json.endObject()
    }
}
