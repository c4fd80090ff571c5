// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Krait",
    products: [
        .library(name: "Krait", targets: ["Krait"]),
        .executable(name: "krait", targets: ["KraitCLI"]),
    ],
    targets: [
        // Frame pointers kept: the collector walks their chain (krait_stack_frame_around).
        .target(name: "NativeStack", cSettings: [.unsafeFlags(["-fno-omit-frame-pointer"])]),
        // The running program's build ID, which keys the compiled-code cache.
        .target(name: "BuildIdentity"),
        .target(name: "NumberText"),
        // GMP's mpn layer for big ints (libgmp-dev).
        .systemLibrary(name: "CGMP", path: "Sources/CGMP"),
        // OpenSSL's libcrypto for _hashlib and the builtin _md5, _sha1, _sha256, _sha512 and _sha3 (libssl-dev).
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL"),
        // libb2, the reference BLAKE2, for the _blake2 module (libb2-dev).
        .systemLibrary(name: "CBlake2", path: "Sources/CBlake2"),
        // The system zlib for the zlib module (zlib1g-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // The system libexpat for the pyexpat module (libexpat1-dev).
        .systemLibrary(name: "CExpat", path: "Sources/CExpat"),
        .target(name: "ObjectLayout"),
        // Linux interfaces Swift's Glibc module lacks (epoll, ioctl, …), for native modules.
        .target(name: "SystemCalls"),
        // The heap's allocation path and the object model's are hot: Swift's dynamic
        // exclusivity checks on class properties cost ~4% of instructions (callgrind).
        .target(name: "GC", dependencies: ["ObjectLayout", "NativeStack"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "ObjectModel", dependencies: ["GC", "ObjectLayout", "NativeStack", "NumberText", "CGMP"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Parser", dependencies: ["NativeStack", "NumberText"]),
        .target(name: "Compiler", dependencies: ["Parser", "ObjectModel", "ObjectLayout"]),
        // SIL dead-store elimination drops a value-stack store in the evaluation loop
        // (LOAD_METHOD's method slot, read by the next CALL) in optimised builds of Swift
        // 6.3.1; without the pass the loop is correct. To be reduced and reported.
        .target(name: "Interpreter", dependencies: ["Compiler", "ObjectModel", "ObjectLayout", "GC"],
                swiftSettings: [.unsafeFlags(["-Xllvm", "-sil-disable-pass=dead-store-elimination", "-enforce-exclusivity=unchecked"])]),
        .target(name: "Stdlib", dependencies: ["Interpreter", "Compiler", "Parser", "ObjectModel", "ObjectLayout", "GC", "COpenSSL", "CBlake2", "CZlib", "CExpat", "BuildIdentity", "SystemCalls"]),
        .target(name: "Krait", dependencies: ["Parser", "Stdlib", "Interpreter", "Compiler", "ObjectModel", "ObjectLayout"]),
        .executableTarget(name: "KraitCLI", dependencies: ["Krait", "NativeStack"]),
        // Built with the tests: the embedding API used the way a Swift program uses it.
        .executableTarget(name: "EmbeddingExample", dependencies: ["Krait"], path: "Examples/Embedding"),
        .executableTarget(name: "ParseBench", dependencies: ["Parser"], path: "Benchmarks/ParseBench"),
        .executableTarget(name: "GCBench", dependencies: ["GC", "ObjectLayout"], path: "Benchmarks/GCBench"),
        // Runs python3.11 to produce the expected outputs of tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GCTests", dependencies: ["GC", "ObjectLayout"]),
        .testTarget(name: "ObjectModelTests", dependencies: ["ObjectModel", "ObjectLayout", "GC", "TestSupport"]),
        .testTarget(name: "KraitTests", dependencies: ["Krait", "Parser", "TestSupport"]),
        .testTarget(
            name: "ParserTests", dependencies: ["Parser", "TestSupport"],
            // Test data and a Python helper, found at test time through #filePath.
            exclude: ["InvalidPrograms", "Support/cpython_ast_dump.py"]),
    ],
    swiftLanguageModes: [.v5]
)
