import Foundation
import Testing

/// Paths of the source tree and of `../shared`, for tests that read files (as in
/// NestlintCoreTests).
enum RepositoryPaths {
    /// The package root (this file is Tests/NestlintReportsTests/RepositoryPaths.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("fixtures")

    /// `../shared/corpus` beside the clone, when present (a plain clone has none).
    static let corpus: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let corpusMissingComment: Comment = "../shared/corpus is not beside this clone: corpus tests skipped"
}
