// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nestlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nestlint", targets: ["nestlint"]),
        .library(name: "NestlintCore", targets: ["NestlintCore"]),
        .library(name: "NestlintReports", targets: ["NestlintReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        /// libxml2 through pkg-config; the shim header works around the ICU clash (see STYLE.md).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /// Header-only wrappers of Linux system calls Swift cannot call (variadic `syscall`).
        .systemLibrary(name: "CNestlintSystem"),
        /// The allocator libxml2 uses: per-document arenas released whole (nestlint_arena.h).
        .target(name: "CNestlintArena"),
        .target(
            name: "NestlintCore",
            dependencies: ["CLibXML2", "CNestlintSystem", "CNestlintArena", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "NestlintReports", dependencies: ["NestlintCore"]),
        .executableTarget(
            name: "nestlint",
            dependencies: [
                "NestlintCore", "NestlintReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NestlintCoreTests", dependencies: ["NestlintCore", "CNestlintArena"]),
        .testTarget(name: "NestlintReportsTests", dependencies: ["NestlintReports", "NestlintCore"]),
        .testTarget(name: "NestlintCLITests", dependencies: ["nestlint"]),
    ],
    swiftLanguageModes: [.v6]
)
