import ArgumentParser
import NestlintCore

/// `--fail-on`: the lowest severity that makes the exit status 1.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case error
    case warning
    case note
    case never

    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }
}
