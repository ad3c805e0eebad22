// swift-tools-version:6.0
import PackageDescription

/// The libFuzzer harness for nestlint's input readers, kept out of the main package so that
/// `swift build` and `swift test` there never build or link it. `Fuzz/run` builds it with
/// `-sanitize=fuzzer,address` into its own scratch path and runs one target at a time.
let package = Package(
    name: "nestlint-fuzz",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "nestlint-fuzz", targets: ["NestlintFuzz"])],
    dependencies: [.package(name: "nestlint", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        /// HostileFuzzTarget.swift is a link to Tests/NestlintCoreTests/HostileFuzzTarget.swift:
        /// the regression tests replay saved inputs through the same code.
        .executableTarget(
            name: "NestlintFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "NestlintCore", package: "nestlint")],
            // gold crashes (dwarf_reader.cc) on the sanitizer runtimes; lld ships with the toolchain.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
