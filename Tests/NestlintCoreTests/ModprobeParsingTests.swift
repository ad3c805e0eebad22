import Testing

@testable import NestlintCore

/// modprobe.d parsing follows kmod, not intuition: continuation before comments, no inline
/// comments, `-`/`_` folding, lexical order across directories, whole-file shadowing.
@Suite struct ModprobeParsingTests {
    static func parse(_ text: String, path: String = "kvm.conf") -> ModprobeFile {
        ModprobeFile(file: SourceFile(path: path), lines: TextLines(text: text))
    }

    @Test func aCommentEndingInABackslashSwallowsTheNextLine() {
        let file = Self.parse("# old setting \\\noptions kvm_intel nested=1\noptions kvm_intel ept=1\n")
        #expect(file.commands.count == 1)
        #expect(file.commands.first?.arguments.map(\.text) == ["kvm_intel", "ept=1"])
        #expect(file.commands.first?.location.line == 3)
        #expect(file.swallowedByComment.map(\.line) == [2])
    }

    @Test func continuationKeepsThePhysicalLineOfEachWord() {
        let file = Self.parse("options kvm_intel nested=1 \\\n    ept=1\n")
        let command = file.commands[0]
        #expect(command.arguments.map(\.line) == [1, 1, 2])
        #expect(command.continuationLines == [2])
        #expect(command.optionsJunk == nil)
    }

    @Test func inlineHashIsJunkNotAComment() throws {
        let command = try #require(Self.parse("options kvm_intel nested=1 # was nested=0\n").commands.first)
        let junk = try #require(command.optionsJunk)
        #expect(junk.reason == .inlineComment)
        #expect(junk.text == "# was nested=0")
        let configuration = ModprobeConfiguration(files: [
            (
                ArtifactReference(treePath: "kvm.conf", kind: .modprobeConfig, file: SourceFile(path: "kvm.conf")),
                Self.parse("options kvm_intel nested=1 # was nested=0\n")
            )
        ])
        let chain = EffectiveModuleOptions(configuration: configuration, commandLine: nil).chain(module: "kvm_intel", parameter: "nested")
        // The junk assignment reaches the module and wins.
        #expect(chain.map(\.value) == ["1", "0"])
        #expect(chain.map(\.isJunk) == [false, true])
    }

    @Test func aJoinedCommandIsJunkOfTheOptionsLine() throws {
        let command = try #require(Self.parse("options kvm_intel nested=1 \\\noptions kvm_amd nested=1\n").commands.first)
        #expect(command.optionsJunk == ModprobeCommand.Junk(startIndex: 2, reason: .joinedLine(2), text: "options kvm_amd nested=1"))
    }

    @Test func quotesGroupAValueAsTheKernelDoes() {
        let words = ModprobeFile.words(of: "options foo bar=\"a b\" baz=1", line: 1).map(\.text)
        #expect(words == ["options", "foo", "bar=\"a b\"", "baz=1"])
        #expect(ParameterAssignment.split("bar=\"a b\"") == ("bar", "a b"))
        #expect(ParameterAssignment.split("\"nested=1\"") == ("nested", "1"))
        #expect(ParameterAssignment.split("nested") == ("nested", nil))
        #expect(ParameterAssignment.split("nested=") == ("nested", ""))
    }

    @Test func crlfAndMissingFinalNewlineParseLikeLF() {
        let crlf = Self.parse("# c\r\noptions kvm-intel nested=Y\r\noptions kvm_intel ept=N")
        #expect(crlf.commands.map(\.location.line) == [2, 3])
        #expect(crlf.commands.map(\.moduleName) == ["kvm_intel", "kvm_intel"])
        #expect(crlf.commands[0].arguments.last?.text == "nested=Y")
    }

    @Test func installOnlyBlocksWhenItJustExits() {
        func blocks(_ line: String) -> Bool { Self.parse(line).commands.first?.installNeverLoads ?? false }
        #expect(blocks("install kvm_intel /bin/false"))
        #expect(blocks("install kvm /usr/bin/true"))
        #expect(blocks("install kvm_amd false # keep VirtualBox happy"))
        #expect(!blocks("install kvm_intel /sbin/modprobe --ignore-install kvm_intel"))
        #expect(!blocks("install kvm_intel /bin/true && /sbin/modprobe --ignore-install kvm_intel"))
    }

    @Test func unknownKeywordsAreKeptAsBadLines() {
        // The dracut file in ../shared/corpus/modprobe.d: kmod logs both lines and ignores them.
        let file = Self.parse("add_drivers+=\"vfio_pci vfio\"\ninstall_items+=\"/usr/bin/x\"\n")
        #expect(file.commands.isEmpty)
        #expect(file.unknownLines.map(\.line) == [1, 2])
    }

    @Test func filesAreReadInBasenameOrderAcrossDirectoriesAndSameNamesAreDropped() {
        func entry(_ path: String, rank: Int, _ text: String) -> ModprobeConfiguration.Entry {
            let name = path.treeBaseName
            return (
                ArtifactReference(
                    treePath: path, kind: .modprobeConfig, file: SourceFile(path: path),
                    modprobePlacement: ModprobePlacement(
                        directoryRank: rank, baseName: name,
                        ignoredBecause: ModprobeDirectories.ignoreReason(name: name, isDirectory: false))),
                Self.parse(text, path: path)
            )
        }
        let configuration = ModprobeConfiguration(files: [
            entry("usr/lib/modprobe.d/zz-kvm.conf", rank: 3, "options kvm_intel nested=0\n"),
            entry("etc/modprobe.d/kvm.conf", rank: 0, "options kvm_intel nested=1\n"),
            entry("lib/modprobe.d/kvm.conf", rank: 4, "options kvm_intel nested=0\n"),
            entry("etc/modprobe.d/kvm.conf~", rank: 0, "options kvm_intel nested=0\n"),
        ])
        #expect(configuration.readOrder.map(\.reference.file.path) == ["etc/modprobe.d/kvm.conf", "usr/lib/modprobe.d/zz-kvm.conf"])
        #expect(configuration.shadowed.map(\.dropped.reference.file.path) == ["lib/modprobe.d/kvm.conf"])
        #expect(configuration.ignored.map(\.entry.reference.file.path) == ["etc/modprobe.d/kvm.conf~"])
        let options = EffectiveModuleOptions(configuration: configuration, commandLine: nil)
        #expect(options.chain(module: "kvm_intel", parameter: "nested").last?.location.file.path == "usr/lib/modprobe.d/zz-kvm.conf")
    }

    @Test func theKernelCommandLineIsAppliedLastAndBlacklistsAreRead() {
        let line = KernelCommandLine(
            file: SourceFile(path: "proc/cmdline"),
            lines: TextLines(text: "BOOT_IMAGE=/vmlinuz-6.1 root=UUID=x kvm-intel.nested=1 modprobe.blacklist=nouveau,kvm-amd quiet\n"))
        let configuration = ModprobeConfiguration(files: [
            (
                ArtifactReference(treePath: "kvm.conf", kind: .modprobeConfig, file: SourceFile(path: "kvm.conf")),
                Self.parse("options kvm_intel nested=0\n")
            )
        ])
        let chain = EffectiveModuleOptions(configuration: configuration, commandLine: line).chain(module: "kvm_intel", parameter: "nested")
        #expect(chain.map(\.source) == [.modprobe, .kernelCommandLine])
        #expect(chain.last?.value == "1")
        #expect(line.blacklistedModules == ["nouveau", "kvm_amd"])
    }
}
