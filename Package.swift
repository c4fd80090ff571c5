// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Krait",
    products: [
        .library(name: "Krait", targets: ["Krait"]),
        .executable(name: "krait", targets: ["KraitCLI"]),
    ],
    targets: [
        .target(name: "Parser"),
        .target(name: "Krait", dependencies: ["Parser"]),
        .executableTarget(name: "KraitCLI", dependencies: ["Krait"]),
        .testTarget(name: "ParserTests", dependencies: ["Parser"]),
    ],
    swiftLanguageModes: [.v5]
)
