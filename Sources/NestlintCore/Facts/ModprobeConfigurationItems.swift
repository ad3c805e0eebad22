/// The per-line and per-file fact collections of a host's modprobe.d tree: files kmod ignores
/// (NL101), same-name copies it drops (NL102), `options` lines carrying junk (NL107), and lines
/// that stop a KVM module from loading (NL109).
public struct ModprobeConfigurationItems: Sendable {
    /// The modules whose configuration these collections are about (RULES.md NL101, NL102, NL109).
    public static let kvmModules: Set<String> = ["kvm", "kvm_intel", "kvm_amd"]

    public let configuration: ModprobeConfiguration
    public let commandLine: KernelCommandLine?
    /// The host's vendor module, when known (`blacklist kvm_amd` on Intel blocks nothing).
    public let vendorModule: String?

    public init(configuration: ModprobeConfiguration, commandLine: KernelCommandLine?, vendorModule: String?) {
        self.configuration = configuration
        self.commandLine = commandLine
        self.vendorModule = vendorModule
    }

    /// `modprobe.ignored-kvm-options`: the first KVM `options` line of each file kmod never reads.
    public var ignoredKVMOptions: [FactItem] {
        configuration.ignored.compactMap { ignored in
            guard
                let command = ignored.entry.file.commands.first(where: {
                    $0.keyword == "options" && Self.kvmModules.contains($0.moduleName ?? "")
                })
            else { return nil }
            return FactItem(
                location: command.location,
                fields: [
                    "file": Fact(.string(ignored.entry.reference.file.path)),
                    "reason": Fact(.string(ignored.reason)),
                    "module": Fact(.string(command.moduleName ?? "")),
                    "line": Fact(.string(command.location.excerpt)),
                ])
        }
    }

    /// `modprobe.shadowed-kvm-files`: dropped same-name copies that hold KVM lines.
    public var shadowedKVMFiles: [FactItem] {
        configuration.shadowed.compactMap { pair in
            let dropped = Self.kvmLines(of: pair.dropped.file)
            guard let first = dropped.first else { return nil }
            let winner = Self.kvmLines(of: pair.winner.file)
            let sameKVMLines = dropped.map(\.normalised) == winner.map(\.normalised)
            let identical = Self.normalised(pair.dropped.file) == Self.normalised(pair.winner.file)
            let winnerFile = pair.winner.reference.file
            return FactItem(
                location: SourceLocation(file: pair.dropped.reference.file, line: 1, excerpt: first.command.location.excerpt),
                fields: [
                    "file": Fact(.string(pair.dropped.reference.file.path)),
                    "winner": Fact(.string(winnerFile.path), at: SourceLocation(file: winnerFile, line: 1)),
                    "same-kvm-lines": Fact(.bool(sameKVMLines)),
                    "identical": Fact(.bool(identical)),
                    "first-kvm-line": Fact(.string("\(first.command.location): \(first.command.location.excerpt)")),
                    "winner-kvm-lines": Fact(
                        .string(
                            winner.isEmpty
                                ? "no KVM lines"
                                : winner.map { "\($0.command.location): \($0.command.location.excerpt)" }.joined(separator: "; "))),
                ],
                related: [RelatedLocation(location: SourceLocation(file: winnerFile, line: 1), message: "the copy modprobe reads instead")])
        }
    }

    /// `modprobe.junk-options`: `options` lines whose words include junk kmod passes on.
    public var junkOptions: [FactItem] {
        configuration.readOrder.flatMap { entry in
            entry.file.commands.compactMap { command -> FactItem? in
                guard let junk = command.optionsJunk else { return nil }
                var fields: [String: Fact] = [
                    "module": Fact(.string(command.moduleName ?? "")),
                    "junk": Fact(.string(junk.text)),
                    "contains-nested": Fact(.bool(junk.text.contains("nested="))),
                ]
                var related: [RelatedLocation] = []
                switch junk.reason {
                case .inlineComment:
                    fields["reason"] = Fact(.string("inline-comment"))
                case .joinedLine(let line):
                    fields["reason"] = Fact(.string("joined-line"))
                    let place = SourceLocation(file: command.location.file, line: line)
                    fields["joined-line"] = Fact(.string(place.description), at: place)
                    related.append(RelatedLocation(location: place, message: "joined into the options line by the trailing backslash"))
                }
                return FactItem(location: command.location, fields: fields, related: related)
            }
        }
    }

    /// `modprobe.kvm-blocks`: `install … /bin/false|true`, `blacklist` and
    /// `modprobe.blacklist=` entries for a KVM module.
    public var kvmBlocks: [FactItem] {
        var items: [FactItem] = []
        func item(module: String, kind: String, location: SourceLocation, text: String) -> FactItem {
            var fields: [String: Fact] = [
                "module": Fact(.string(module)),
                "kind": Fact(.string(kind)),
                "line": Fact(.string(text)),
            ]
            if let vendorModule, ["kvm_intel", "kvm_amd"].contains(vendorModule) {
                let other = ["kvm_intel", "kvm_amd"].contains(module) && module != vendorModule
                fields["other-vendor"] = Fact(.bool(other))
                fields["vendor-module"] = Fact(.string(vendorModule))
            }
            return FactItem(location: location, fields: fields)
        }
        for entry in configuration.readOrder {
            for command in entry.file.commands {
                guard let module = command.moduleName, Self.kvmModules.contains(module) else { continue }
                if command.keyword == "install" && command.installNeverLoads {
                    items.append(item(module: module, kind: "install", location: command.location, text: command.location.excerpt))
                } else if command.keyword == "blacklist" {
                    items.append(item(module: module, kind: "blacklist", location: command.location, text: command.location.excerpt))
                }
            }
        }
        if let commandLine {
            for module in commandLine.blacklistedModules where Self.kvmModules.contains(module) {
                items.append(
                    item(module: module, kind: "cmdline-blacklist", location: commandLine.location, text: "modprobe.blacklist=\(module)"))
            }
        }
        return items
    }

    /// A command with a comparable form (keyword, folded module, arguments).
    struct Line {
        let command: ModprobeCommand
        let normalised: String
    }

    static func kvmLines(of file: ModprobeFile) -> [Line] {
        file.commands.filter { kvmModules.contains($0.moduleName ?? "") }.map { Line(command: $0, normalised: normalised($0)) }
    }

    static func normalised(_ command: ModprobeCommand) -> String {
        ([command.keyword, command.moduleName ?? ""] + command.arguments.dropFirst().map(\.text)).joined(separator: " ")
    }

    /// The file's meaning: its commands and comments in order (white space and line ends aside).
    static func normalised(_ file: ModprobeFile) -> [String] {
        file.commands.map(normalised) + file.comments.map(\.excerpt) + file.unknownLines.map(\.excerpt)
    }
}
