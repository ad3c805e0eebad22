/// The kernel type of a module parameter, which decides what values it accepts
/// (kernel/params.c).
public enum ParameterType: String, Sendable, Codable {
    case bool
    case int
    case uint
    case ushort
    case string
    /// A parameter nestlint knows exists but does not check the value of.
    case other
}
