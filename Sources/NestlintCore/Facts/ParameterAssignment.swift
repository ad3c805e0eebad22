/// One `param[=value]` given to a module, by an `options` line or by the kernel command line.
public struct ParameterAssignment: Sendable {
    public enum Source: String, Sendable {
        case modprobe
        case kernelCommandLine = "cmdline"
    }

    /// Folded module name (`kvm_intel`).
    public let module: String
    /// Folded parameter name.
    public let parameter: String
    /// `nil` when written without `=` (`options kvm_intel nested`); double quotes the kernel
    /// strips (`nested="1"`) are removed.
    public let value: String?
    /// The token as written (`nested=1`).
    public let token: String
    public let source: Source
    /// The line of the token (for a continued `options` line, the physical line it sits on).
    public let location: SourceLocation
    /// Whether the token is junk the writer did not mean as a parameter (after a `#`, or on a
    /// line a trailing backslash joined): it still reaches the module (NL107).
    public let isJunk: Bool

    public init(
        module: String, parameter: String, value: String?, token: String, source: Source, location: SourceLocation,
        isJunk: Bool = false
    ) {
        self.module = module
        self.parameter = parameter
        self.value = value
        self.token = token
        self.source = source
        self.location = location
        self.isJunk = isJunk
    }

    /// Splits `param=value` the way the kernel's `next_arg` does: the first `=` separates, and
    /// surrounding double quotes are dropped.
    public static func split(_ token: String) -> (parameter: String, value: String?) {
        var text = Substring(token)
        if text.hasPrefix("\"") {
            text = text.dropFirst()
            if text.hasSuffix("\"") { text = text.dropLast() }
        }
        guard let equals = text.firstIndex(of: "=") else { return (String(text), nil) }
        var value = text[text.index(after: equals)...]
        if value.hasPrefix("\"") {
            value = value.dropFirst()
            if value.hasSuffix("\"") { value = value.dropLast() }
        }
        return (String(text[..<equals]), String(value))
    }
}
