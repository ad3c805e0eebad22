import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The root directory of a `DiskFileTree`, opened at the tree's first system call and closed
/// with the tree's last copy, so that every lookup is made relative to it (`openat`,
/// `fstatat`, `readlinkat`).
///
/// A fleet's bundles sit some directories deep (`/srv/collected/2026-11/host-0042/…`): with
/// absolute paths the kernel walked those directories again for every `lstat` and `open` of
/// every bundle, a few percent of a fleet's run. Relative to the open root, each lookup walks
/// only the path inside the tree, and the tree keeps meaning the directory it was opened on.
final class RootDirectoryDescriptor: Sendable {
    /// Not opened yet (`unopened`), could not be opened (`unavailable`: absolute paths are
    /// used, as a root with search but no read permission still allows), or the descriptor.
    private let state = Atomic<Int32>(RootDirectoryDescriptor.unopened)

    static let unopened: Int32 = -2
    static let unavailable: Int32 = -1

    init() {}

    /// The descriptor, `unopened` before the first `open`, or `unavailable`.
    var current: Int32 {
        state.load(ordering: .acquiring)
    }

    /// Opens the directory at `path` (an absolute path, as the system takes it) unless it was
    /// opened before; the descriptor, or `unavailable` when it cannot be opened.
    func open(_ path: UnsafePointer<CChar>) -> Int32 {
        let known = current
        if known != Self.unopened { return known }
        #if canImport(Glibc)
            let opened = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #elseif canImport(Musl)
            let opened = Musl.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #else
            let opened = Darwin.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #endif
        let value = opened >= 0 ? opened : Self.unavailable
        let (exchanged, original) = state.compareExchange(expected: Self.unopened, desired: value, ordering: .acquiringAndReleasing)
        guard exchanged else {
            // Another thread opened it first: use that one.
            if opened >= 0 { close(opened) }
            return original
        }
        return value
    }

    deinit {
        let descriptor = state.load(ordering: .relaxed)
        if descriptor >= 0 { close(descriptor) }
    }
}
