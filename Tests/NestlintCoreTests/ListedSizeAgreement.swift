@testable import NestlintCore

/// Comparing fast answers with reference ones, where a directory listing told a regular file's
/// kind without its size (`FileTreeEntryKind.regular(size: nil)`): the reader learns the size
/// when it opens the file. Every other part of the answer, and any size given, must be equal.
extension SafePathResolver.Resolution {
    func agrees(with reference: Self) -> Bool {
        if case .regular(let path, nil) = self, case .regular(let expected, _) = reference { return path == expected }
        return self == reference
    }
}

extension FileTreeEntryKind {
    func agrees(with reference: Self?) -> Bool {
        if case .regular(nil) = self, case .regular? = reference { return true }
        return self == reference
    }
}

extension Array where Element == SafePathResolver.Resolution {
    func agree(with references: Self) -> Bool {
        count == references.count && zip(self, references).allSatisfy { $0.agrees(with: $1) }
    }
}
