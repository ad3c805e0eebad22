import Foundation
import Testing

/// Paths of the source tree and of `../shared`, for tests that read files.
enum RepositoryPaths {
    /// The package root (this file is Tests/NestlintCoreTests/RepositoryPaths.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let rules = root.appendingPathComponent("rules")
    static let fixtures = root.appendingPathComponent("fixtures")

    /// `../shared/corpus` beside the clone, when present (a plain clone has none).
    static let corpus: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let corpusMissingComment: Comment = "../shared/corpus is not beside this clone: corpus tests skipped"

    /// Whether golden and generated files should be rewritten instead of compared.
    static var regenerate: Bool { ProcessInfo.processInfo.environment["NESTLINT_REGENERATE"] == "1" }
}
