// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "RoleFit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rolefit", targets: ["rolefit"]),
        .library(name: "RoleFitCore", targets: ["RoleFitCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(
            name: "RoleFitCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RoleFitResearch",
            dependencies: ["RoleFitCore"]
        ),
        .target(
            name: "RoleFitTerminal",
            dependencies: ["RoleFitCore", "CReadline"]
        ),
        .executableTarget(
            name: "rolefit",
            dependencies: [
                "RoleFitCore",
                "RoleFitResearch",
                "RoleFitTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RoleFitCoreTests", dependencies: ["RoleFitCore", "RoleFitResearch"], exclude: ["Fixtures"]),
        .testTarget(name: "RoleFitTerminalTests", dependencies: ["RoleFitTerminal", "RoleFitCore"]),
        .testTarget(
            name: "RoleFitEndToEndTests", dependencies: ["rolefit", "RoleFitCore", "RoleFitResearch"],
            exclude: ["Golden/Expected"]),
    ],
    swiftLanguageModes: [.v6]
)

// The organisation store (PostgreSQL through postgres-nio) lives in its own target, so RoleFitCore stays
// free of SwiftNIO. ROLEFIT_NO_POSTGRES leaves it out: the sanitizer builds (`make sanitizers`) run only the
// unit suites, which never touch it, and would otherwise compile SwiftNIO and BoringSSL twice more.
if ProcessInfo.processInfo.environment["ROLEFIT_NO_POSTGRES"] == nil {
    package.dependencies.append(.package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"))
    package.targets.append(
        .target(
            name: "RoleFitPostgres",
            dependencies: ["RoleFitCore", .product(name: "PostgresNIO", package: "postgres-nio")]))
    package.targets.append(
        .testTarget(
            name: "RoleFitPostgresTests",
            dependencies: ["rolefit", "RoleFitPostgres", "RoleFitCore", "RoleFitTerminal"]))
    for target in package.targets where target.name == "rolefit" {
        target.dependencies.append("RoleFitPostgres")
    }
}

// libFuzzer targets (scripts/fuzz.sh): declared only when ROLEFIT_FUZZ is set, because they have no
// `main` of their own and link only with `--sanitize=fuzzer`; a plain build or test never sees them.
if ProcessInfo.processInfo.environment["ROLEFIT_FUZZ"] != nil {
    for name in ["FuzzBankLoader", "FuzzGiftImport", "FuzzAikenImport", "FuzzResultReader", "FuzzJournalReader"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(
            .executableTarget(
                name: name, dependencies: ["RoleFitCore"],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
    // These two drive the session controller and the report renderers, so they also need RoleFitTerminal.
    for name in ["FuzzSessionInput", "FuzzResultRanges"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(
            .executableTarget(
                name: name, dependencies: ["RoleFitCore", "RoleFitTerminal"],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
