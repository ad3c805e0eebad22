/// Which kernels accept a bool parameter value (lib/kstrtox.c `kstrtobool`, kernel/params.c).
///
/// The kernel looks at the first character(s) only: `y Y 1 n N 0` always; `on`/`off` since about
/// Linux 4.6; `t`/`T`/`f`/`F` since about 5.19; `e`/`d` on very recent kernels only (release
/// unverified). A bool given without a value means true; an empty value is rejected.
public struct BoolValueAcceptance: Sendable, Equatable {
    public enum Support: Sendable, Equatable {
        case always
        /// Accepted from this kernel release on.
        case since(KernelVersion)
        /// Accepted only by kernels too recent to name (unverified release).
        case recentOnly
        case never
    }

    public let truth: Bool?
    public let support: Support

    public static let onOffSince = KernelVersion(release: "4.6")!
    public static let trueFalseSince = KernelVersion(release: "5.19")!

    public static func classify(_ value: String?) -> BoolValueAcceptance {
        guard let value else { return BoolValueAcceptance(truth: true, support: .always) }
        let characters = Array(value)
        guard let first = characters.first else { return BoolValueAcceptance(truth: nil, support: .never) }
        switch first {
        case "y", "Y", "1": return BoolValueAcceptance(truth: true, support: .always)
        case "n", "N", "0": return BoolValueAcceptance(truth: false, support: .always)
        case "o", "O":
            guard characters.count > 1 else { return BoolValueAcceptance(truth: nil, support: .never) }
            switch characters[1] {
            case "n", "N": return BoolValueAcceptance(truth: true, support: .since(onOffSince))
            case "f", "F": return BoolValueAcceptance(truth: false, support: .since(onOffSince))
            default: return BoolValueAcceptance(truth: nil, support: .never)
            }
        case "t", "T": return BoolValueAcceptance(truth: true, support: .since(trueFalseSince))
        case "f", "F": return BoolValueAcceptance(truth: false, support: .since(trueFalseSince))
        case "e", "E": return BoolValueAcceptance(truth: true, support: .recentOnly)
        case "d", "D": return BoolValueAcceptance(truth: false, support: .recentOnly)
        default: return BoolValueAcceptance(truth: nil, support: .never)
        }
    }

    /// Whether a kernel of this release (unknown: `nil`) certainly accepts the value.
    public func acceptedBy(_ kernel: KernelVersion?) -> Bool? {
        switch support {
        case .always: true
        case .never: false
        case .since(let release): kernel.map { $0 >= release }
        case .recentOnly: nil
        }
    }
}
