/// The parameters each module receives, in the order the kernel applies them.
///
/// kmod concatenates `options` lines for a module in file order, then line order, then appends
/// `<module>.<param>=` tokens from /proc/cmdline; the kernel applies the string left to right,
/// so the last assignment of a parameter wins.
public struct EffectiveModuleOptions: Sendable {
    /// Every assignment, keyed by folded module name, in application order.
    public let assignments: [String: [ParameterAssignment]]

    public init(configuration: ModprobeConfiguration, commandLine: KernelCommandLine?) {
        var assignments: [String: [ParameterAssignment]] = [:]
        for entry in configuration.readOrder {
            for command in entry.file.commands where command.keyword == "options" {
                guard let module = command.moduleName else { continue }
                let junkStart = command.optionsJunk?.startIndex ?? Int.max
                for (index, word) in command.arguments.enumerated().dropFirst() {
                    let (parameter, value) = ParameterAssignment.split(word.text)
                    assignments[module, default: []].append(
                        ParameterAssignment(
                            module: module, parameter: ModuleName.fold(parameter), value: value, token: word.text,
                            source: .modprobe,
                            location: SourceLocation(file: command.location.file, line: word.line, excerpt: command.location.excerpt),
                            isJunk: index >= junkStart))
                }
            }
        }
        if let commandLine {
            for parameter in commandLine.moduleParameters {
                assignments[parameter.module, default: []].append(
                    ParameterAssignment(
                        module: parameter.module, parameter: parameter.parameter, value: parameter.value,
                        token: parameter.token, source: .kernelCommandLine, location: commandLine.location))
            }
        }
        self.assignments = assignments
    }

    /// Every assignment of one parameter, in order; the last one wins.
    public func chain(module: String, parameter: String) -> [ParameterAssignment] {
        (assignments[module] ?? []).filter { $0.parameter == parameter }
    }
}
