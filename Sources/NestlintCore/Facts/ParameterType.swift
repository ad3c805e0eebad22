/// The kernel type of a module parameter, which decides what values it accepts
/// (kernel/params.c: `param_set_bool`, `param_set_int`, …).
public enum ParameterType: String, Sendable, Codable, CaseIterable {
    /// `kstrtobool`: `y Y 1 n N 0` always, more spellings on newer kernels; no value means true.
    case bool
    /// An int set through `kstrtobool` (`param_set_bint`): takes the bool spellings.
    case bint
    case int
    case uint
    case ushort
    case short
    case byte
    case long
    case ulong
    case string
    /// A parameter nestlint knows exists but does not check the value of (a custom setter).
    case other

    /// Whether the kernel parses the value as a base-0 integer (`kstrto*` with base 0).
    public var isInteger: Bool {
        switch self {
        case .int, .uint, .ushort, .short, .byte, .long, .ulong: true
        default: false
        }
    }

    /// Whether the kernel parses the value with `kstrtobool`.
    public var isBool: Bool { self == .bool || self == .bint }

    /// The values an integer type holds (kstrtoint, kstrtouint, kstrtou16, …): a value outside
    /// them is `-ERANGE`, which also fails the load. Unsigned types reject a leading `-`.
    var integerRange: ClosedRange<Int>? {
        switch self {
        case .int: Int(Int32.min)...Int(Int32.max)
        case .uint: 0...Int(UInt32.max)
        case .ushort: 0...Int(UInt16.max)
        case .short: Int(Int16.min)...Int(Int16.max)
        case .byte: 0...Int(UInt8.max)
        case .long: Int.min...Int.max
        case .ulong: 0...Int.max
        default: nil
        }
    }
}
