/// A must-flag or must-not-flag example of a rule: a small input plus the lines where findings
/// must appear (marked with `↓` in the example text).
public struct RuleExample: Sendable {
    public enum Input: Sendable {
        /// A domain XML template, linted as `example.xml`.
        case domain(String)
        /// A standalone modprobe.d file, linted as `example.conf`.
        case modprobe(String)
        /// A bundle: paths relative to its root, with contents; plus symbolic links.
        case bundle(files: [(path: String, contents: String)], links: [(path: String, target: String)])
    }

    /// The marker that shows where a finding is expected (SwiftLint's `↓`).
    public static let marker: Character = "↓"

    public let name: String
    public let mustFlag: Bool
    public let input: Input
    /// Line of the example in the rule file, for failures.
    public let line: Int

    /// Whether the example marks any place, as `materialise` would find: the loader asks this
    /// of every example and needs no file tree for it.
    var hasMarkers: Bool {
        switch input {
        case .domain(let text), .modprobe(let text):
            return Self.containsMarker(text)
        case .bundle(let files, let links):
            return files.contains { Self.containsMarker($0.contents) } || links.contains { Self.containsMarker($0.path) }
        }
    }

    /// Whether `text` holds the marker as a character of its own (not the base of an accented
    /// character), as `materialise` sees it. Scalars are looked at first: a text without the
    /// marker's scalar (every must-not-flag example) is then never split into characters, which
    /// is slow.
    static func containsMarker(_ text: String) -> Bool {
        text.unicodeScalars.contains("\u{2193}") && text.contains(marker)
    }

    /// The input with markers removed, and the expected `path:line` places.
    public func materialise(lineEnding: String = "\n") -> (tree: MemoryFileTree, expected: Set<String>, isBundle: Bool) {
        var tree = MemoryFileTree()
        var expected: Set<String> = []
        func add(_ path: String, _ contents: String) {
            var lines: [String] = []
            for (offset, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.contains(Self.marker) {
                    expected.insert("\(path):\(offset + 1)")
                }
                lines.append(String(line.filter { $0 != Self.marker }))
            }
            tree.addFile(path, text: lines.joined(separator: lineEnding))
        }
        switch input {
        case .domain(let text):
            add("example.xml", text)
            return (tree, expected, false)
        case .modprobe(let text):
            add("example.conf", text)
            return (tree, expected, false)
        case .bundle(let files, let links):
            for file in files { add(file.path, file.contents) }
            for link in links {
                // A marked link path expects a finding at line 1 of that path (NL002 on a link
                // that leaves the bundle, for instance).
                let path = String(link.path.filter { $0 != Self.marker })
                if path != link.path { expected.insert("\(path):1") }
                tree.addSymbolicLink(path, target: link.target)
            }
            return (tree, expected, true)
        }
    }
}
