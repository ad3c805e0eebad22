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
    /// `nil` when written without `=` (`options kvm_intel nested`).
    public let value: String?
    /// The token as written (`nested=1`).
    public let token: String
    public let source: Source
    /// The line of the token (for a continued `options` line, the physical line it sits on).
    public let location: SourceLocation
}
