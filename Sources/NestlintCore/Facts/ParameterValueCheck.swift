/// What the kernel does with one assigned value, by the parameter's type(s) in the parameter
/// table and the bundle's kernel release: the material of NL104 (integer parameters) and
/// NL105 (bool parameters).
///
/// A bad value makes the whole module fail to load ("Invalid argument"), so the verdicts are
/// errors only when no kernel the type applies to accepts the value. When the parameter changed
/// type between releases (kvm_amd `npt` was an int, is a bool) and the value is valid under one
/// of its types, the verdict is a "some kernels" one, reported as a warning.
public struct ParameterValueCheck: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        case accepted
        /// An integer parameter that no kernel parses the value as.
        case intRejected = "int-rejected"
        /// Rejected as an integer, accepted by the releases where the parameter had another type.
        case intRejectedSomeKernels = "int-rejected-some-kernels"
        /// A bool parameter whose value no kernel's `kstrtobool` accepts.
        case boolRejected = "bool-rejected"
        /// Accepted only by kernels newer than the bundle's kernel.
        case boolNeedsNewerKernel = "bool-needs-newer-kernel"
        /// Accepted only by some kernels, and the bundle's kernel release is unknown.
        case boolKernelUnknown = "bool-kernel-unknown"
        /// Rejected as a bool, accepted by the releases where the parameter had another type.
        case boolRejectedSomeKernels = "bool-rejected-some-kernels"
        /// Not a bool or integer parameter, or not in the table.
        case notChecked = "not-checked"
    }

    public let verdict: Verdict
    /// For bool spellings accepted from some release on: that release (`4.6`), or a phrase.
    public let acceptedSince: String?
    /// What the parameter takes, for messages.
    public let expected: String

    /// Judges `value` (`nil`: written without `=`) for a parameter of `types` (current first).
    public static func check(_ value: String?, types: [ParameterType], kernel: KernelVersion?) -> ParameterValueCheck {
        guard let current = types.first, types.contains(where: { $0.isBool || $0.isInteger }) else {
            return ParameterValueCheck(verdict: .notChecked, acceptedSince: nil, expected: "")
        }
        let expected = current.isBool ? "Y/N or 1/0 (bool)" : "a base-0 integer such as 1 or 0 (\(current.rawValue))"
        let outcomes = types.map { outcome(of: value, as: $0, kernel: kernel) }
        if outcomes.allSatisfy({ $0.verdict == .accepted }) {
            return ParameterValueCheck(verdict: .accepted, acceptedSince: nil, expected: expected)
        }
        let definite: Set<Verdict> = [.intRejected, .boolRejected]
        if outcomes.allSatisfy({ definite.contains($0.verdict) }) {
            return ParameterValueCheck(verdict: outcomes[0].verdict, acceptedSince: nil, expected: expected)
        }
        // Some type accepts it, or might: report the first type that does not, as a warning.
        let failing = outcomes.first { $0.verdict != .accepted }!
        let verdict: Verdict
        switch failing.verdict {
        case .intRejected: verdict = .intRejectedSomeKernels
        case .boolRejected: verdict = .boolRejectedSomeKernels
        default: verdict = failing.verdict
        }
        return ParameterValueCheck(verdict: verdict, acceptedSince: failing.acceptedSince, expected: expected)
    }

    /// The verdict under a single type.
    private static func outcome(of value: String?, as type: ParameterType, kernel: KernelVersion?) -> (
        verdict: Verdict, acceptedSince: String?
    ) {
        if type.isInteger {
            return (IntegerValue.isAccepted(value, as: type) ? .accepted : .intRejected, nil)
        }
        guard type.isBool else { return (.accepted, nil) }
        let acceptance = BoolValueAcceptance.classify(value)
        switch acceptance.support {
        case .always: return (.accepted, nil)
        case .never: return (.boolRejected, nil)
        case .since(let release):
            guard let kernel else { return (.boolKernelUnknown, release.release) }
            return kernel >= release ? (.accepted, nil) : (.boolNeedsNewerKernel, release.release)
        case .recentOnly:
            return (.boolKernelUnknown, "very recent kernels (release not pinned)")
        }
    }
}
