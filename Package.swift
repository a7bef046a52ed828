// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "zitdocs",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zitdocs", targets: ["zitdocs"]),
        .library(name: "ZitEngine", targets: ["ZitEngine"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1")
    ],
    targets: [
        // C libraries, found through pkg-config (Debian: libxml2-dev, libzip-dev, zlib1g-dev, libyajl-dev,
        // libqrencode-dev, libpng-dev).
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        // Filled parts are deflated here rather than by libzip, in parallel and in a stream.
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // The verification QR code on certificates, drawn as a PNG.
        .systemLibrary(
            name: "CQREncode", pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]),
        .systemLibrary(
            name: "CLibPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        // JSON data is read as a stream of events, each value built as it is read.
        .systemLibrary(
            name: "CYajl", pkgConfig: "yajl",
            providers: [.apt(["libyajl-dev"]), .brew(["yajl"])]),

        // glibc's mallopt, to keep the heap's pages between the pieces of a long part; malloc_trim,
        // for the server to give them back once a burst of work is over.
        .systemLibrary(name: "CGlibcMalloc"),

        // Pipeline stages; each depends only on the ones above it.
        .target(name: "ZitPackage", dependencies: ["CLibZip", "CZlib"]),
        .target(name: "ZitXML", dependencies: ["CLibXML2"]),
        .target(name: "ZitPolish"),
        .target(name: "ZitSheets", dependencies: ["ZitPackage", "ZitXML"]),
        .target(name: "ZitEngine", dependencies: ["ZitPackage", "ZitXML", "ZitPolish"]),
        .target(
            name: "ZitProject",
            dependencies: ["ZitSheets", "ZitPolish", .product(name: "Yams", package: "Yams")]),
        // A data file for a template (.json, .yaml) becomes a TemplateValue; YAMLShape guards YAML as in project files.
        .target(
            name: "ZitData",
            dependencies: ["CYajl", "ZitEngine", "ZitProject", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "ZitRegister",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")
            ]),
        .target(name: "ZitVerificationCode", dependencies: ["CQREncode", "CLibPNG", "CZlib"]),
        .target(
            name: "ZitDocuments",
            dependencies: [
                "ZitProject", "ZitEngine", "ZitPackage", "ZitPolish", "ZitRegister", "ZitSheets", "ZitVerificationCode"
            ]),
        .target(
            name: "ZitServer",
            dependencies: [
                "ZitData", "ZitDocuments", "ZitProject", "ZitRegister", "ZitEngine", "ZitPolish", "CGlibcMalloc",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "MultipartKit", package: "multipart-kit")
            ]),
        // The web page for people: server-rendered pages on ZitServer's routes and authorisation.
        .target(
            name: "ZitWeb",
            dependencies: [
                "ZitServer", "ZitDocuments", "ZitProject", "ZitRegister", "ZitPolish",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache")
            ],
            resources: [.copy("Templates"), .copy("Static")]),
        .target(
            name: "ZitCLI",
            dependencies: [
                "ZitData", "ZitEngine", "ZitPackage", "ZitPolish", "ZitProject", "ZitDocuments", "ZitRegister",
                "ZitSheets",
                "ZitServer", "ZitWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ]),
        .executableTarget(name: "zitdocs", dependencies: ["ZitCLI", "CGlibcMalloc"]),

        .testTarget(
            name: "ZitServerTests",
            dependencies: [
                "ZitServer", "ZitRegister", "ZitProject", "ZitDocuments", "ZitPackage", "ZitSheets", "ZitEngine",
                "ZitCLI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams")
            ]),
        .testTarget(
            name: "ZitWebTests",
            dependencies: [
                "ZitWeb", "ZitServer", "ZitRegister", "ZitProject", "ZitPackage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log")
            ]),
        .testTarget(name: "ZitPackageTests", dependencies: ["ZitPackage"]),
        .testTarget(name: "ZitXMLTests", dependencies: ["ZitXML"]),
        .testTarget(name: "ZitPolishTests", dependencies: ["ZitPolish"]),
        .testTarget(name: "ZitVerificationCodeTests", dependencies: ["ZitVerificationCode"]),
        .testTarget(name: "ZitDataTests", dependencies: ["ZitData", "ZitEngine"]),
        .testTarget(name: "ZitProjectTests", dependencies: ["ZitProject", "ZitPolish", "ZitSheets"]),
        .testTarget(
            name: "ZitRegisterTests", dependencies: ["ZitRegister", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "ZitDocumentsTests",
            dependencies: ["ZitDocuments", "ZitProject", "ZitEngine", "ZitPolish", "ZitPackage", "ZitRegister"]),
        .testTarget(name: "ZitSheetsTests", dependencies: ["ZitSheets", "ZitPackage"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ZitEngineTests", dependencies: ["ZitEngine", "ZitPackage", "ZitXML"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ZitCLITests",
            dependencies: [
                "ZitCLI", "ZitData", "ZitEngine", "ZitPackage", "ZitXML", "ZitSheets", "ZitRegister", "ZitPolish",
                "ZitDocuments", "ZitProject"
            ],
            resources: [.copy("Fixtures")]),
        // Documents written the fast way against the same written through zlib alone.
        .testTarget(
            name: "DeflateProofTests", dependencies: ["ZitDocuments", "ZitEngine", "ZitPackage", "ZitProject", "CZlib"])
    ],
    swiftLanguageModes: [.v6]
)
