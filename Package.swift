// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Krait",
    products: [
        .library(name: "Krait", targets: ["Krait"]),
        .executable(name: "krait", targets: ["KraitCLI"]),
    ],
    targets: [
        .target(name: "StackBounds"),
        .target(name: "Parser", dependencies: ["StackBounds"]),
        .target(name: "Krait", dependencies: ["Parser"]),
        .executableTarget(name: "KraitCLI", dependencies: ["Krait"]),
        .executableTarget(name: "ParseBench", dependencies: ["Parser"], path: "Benchmarks/ParseBench"),
        .testTarget(
            name: "ParserTests", dependencies: ["Parser"],
            // Test data and a Python helper, found at test time through #filePath.
            exclude: ["InvalidPrograms", "Support/cpython_ast_dump.py"]),
    ],
    swiftLanguageModes: [.v5]
)
