/// A Linux kernel release such as `5.15.0-91-generic`, compared by its numeric prefix.
public struct KernelVersion: Sendable, Comparable, CustomStringConvertible {
    public let release: String
    public let components: [Int]

    public init?(release: String) {
        var numbers: [Int] = []
        for part in release.split(separator: ".", maxSplits: 3) {
            let digits = part.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { break }
            numbers.append(number)
            if digits.count != part.count { break }
        }
        guard numbers.count >= 2 else { return nil }
        self.release = release
        self.components = numbers
    }

    /// Reads `Linux version 5.15.0-91-generic (...)` (/proc/version) or `Linux host 5.15.0 …`
    /// (`uname -a`).
    public static func parse(banner: String) -> KernelVersion? {
        let words = banner.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let index = words.firstIndex(of: "version"), index + 1 < words.count {
            return KernelVersion(release: words[index + 1])
        }
        if words.first == "Linux", words.count >= 3 { return KernelVersion(release: words[2]) }
        return nil
    }

    public var description: String { release }

    public static func < (lhs: KernelVersion, rhs: KernelVersion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for index in 0..<count {
            let left = index < lhs.components.count ? lhs.components[index] : 0
            let right = index < rhs.components.count ? rhs.components[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    public static func == (lhs: KernelVersion, rhs: KernelVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }
}
