import ArgumentParser

/// The exit codes, mapped in one place (ArgumentParser maps usage errors to 64 itself).
enum ExitStatus {
    /// No finding at or above `--fail-on`.
    static let clean = ExitCode(0)
    /// Findings at or above `--fail-on`.
    static let findings = ExitCode(1)
    /// nestlint could not do its job: bad rule file, missing path, unwritable report.
    static let toolFailure = ExitCode(2)
    /// A usage error (EX_USAGE).
    static let usage = ExitCode(64)
}
