// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "planet",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "planet", targets: ["planet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // C libraries, each wrapped by exactly one Swift module.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // Model and diagnostics shared by every stage.
        .target(name: "PlanetCore"),
        // Wrappers: GitHub-flavoured Markdown (cmark-gfm) and HTML/XML (libxml2).
        .target(name: "PlanetMarkdown", dependencies: ["CCmarkGFM", "PlanetCore"]),
        .target(name: "PlanetXML", dependencies: ["CLibXML2", "PlanetCore"]),
        // Images: metadata stripped on the bytes (no C library, no I/O).
        .target(name: "PlanetImage"),
        // Pipeline stages: load → parse → aggregate → render (pages, feeds) → write.
        // Programs run to their end or to a deadline, killed with what they started (git, for the build and the intake;
        // sendmail, for mail).
        .target(name: "PlanetProcess", dependencies: ["CPlanetSystem"]),
        .target(name: "PlanetLoad", dependencies: ["PlanetCore", "PlanetProcess"]),
        .target(name: "PlanetParse", dependencies: ["PlanetCore", "PlanetLoad", "PlanetTemplate", "PlanetMarkdown", "PlanetXML", "PlanetImage", "Yams"]),
        .target(name: "PlanetSite", dependencies: ["PlanetCore", "PlanetXML"]),
        .target(name: "PlanetTheme", dependencies: ["PlanetCore"]),
        // Templates: the values pages give to templates (encoded from typed values, and their fingerprints), and the
        // compiled Mustache renderer.
        .target(name: "PlanetTemplate", dependencies: ["PlanetCore"]),
        // Memoised queries with tracked reads: what `planet serve` recomputes after a change.
        .target(name: "PlanetEngine", dependencies: ["PlanetCore"]),
        .target(name: "PlanetRender", dependencies: [
            "PlanetCore", "PlanetTheme", "PlanetTemplate", "PlanetXML", "Yams",
        ]),
        .target(name: "PlanetFeeds", dependencies: ["PlanetCore", "PlanetXML", "PlanetTemplate"]),
        .target(name: "CPlanetSystem"),
        .target(name: "PlanetWrite", dependencies: ["PlanetCore", "CPlanetSystem"]),
        // Checks over a built site: links and anchors, and what a pull request may change.
        .target(name: "PlanetCheck", dependencies: ["PlanetCore", "PlanetLoad", "PlanetParse", "PlanetMarkdown", "PlanetXML", "PlanetSite"]),
        // The build engine: the pipeline's orchestration, the build cache on disk, the previous build's fingerprints,
        // the loading edge (files and git dates) and the check run; `build`, `check`, `serve` and FuzzRender use it.
        .target(name: "PlanetBuild", dependencies: [
            "PlanetCore", "PlanetLoad", "PlanetParse", "PlanetSite", "PlanetTheme", "PlanetRender", "PlanetFeeds", "PlanetWrite",
            "PlanetCheck",
        ]),
        // The files planet writes into a site (comment files), through Yams, durably, and their edits (`comment review`);
        // `comment new`, `intake` and `import` share them.
        .target(name: "PlanetFiles", dependencies: ["PlanetCore", "PlanetParse", "Yams"]),
        // `planet import`: WordPress, Blogger and Dotclear exports → posts, pages, comment files, aliases and media.
        .target(name: "PlanetImport", dependencies: ["PlanetCore", "PlanetXML", "PlanetParse", "PlanetFiles", "Yams"]),
        // What every command prints through: the console, `--quiet`/`--verbose`, progress, counts.
        .target(name: "PlanetConsole", dependencies: [
            "PlanetCore", "PlanetWrite", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The commands but `serve` and `fetch`: they parse arguments and print; nothing but the executable depends on it.
        .target(name: "PlanetCLI", dependencies: [
            "PlanetCore", "PlanetLoad", "PlanetParse", "PlanetSite", "PlanetTheme", "PlanetWrite", "PlanetBuild", "PlanetConsole",
            "PlanetFiles", "PlanetImport", "CPlanetSystem", "Yams", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `planet fetch`: members' outside feeds into the feed cache, and replies on Mastodon and Bluesky as pending comment
        // files, over URLSession; the build never depends on it.
        .target(name: "PlanetFetch", dependencies: [
            "PlanetCore", "PlanetXML", "PlanetImage", "PlanetLoad", "PlanetParse", "PlanetFiles", "PlanetConsole",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Webmentions received (W3C): checked, queued, their sources verified and spooled as pending mentions;
        // `planet intake` uses it.
        .target(name: "PlanetMentions", dependencies: ["PlanetCore", "PlanetXML", "PlanetParse", "PlanetFiles", "PlanetFetch"]),
        // Outgoing mail (the intake's mail sender): messages rendered as MIME, sent over SMTP (libcurl) or through `sendmail`.
        .target(name: "PlanetMail", dependencies: ["CCurl", "PlanetCore", "PlanetProcess"]),
        // `planet serve`: the preview server, on FlyingFox, kept apart so that nothing else depends on it, rebuilding from
        // the changed paths its watcher names (inotify, through CPlanetSystem); with `--intake`, it runs `planet intake`
        // beside it on the loopback address.
        .target(name: "PlanetServe", dependencies: [
            "PlanetCore", "PlanetLoad", "PlanetBuild", "PlanetConsole", "PlanetIntake", "CPlanetSystem", .product(name: "FlyingFox", package: "FlyingFox"),
            .product(name: "FlyingSocks", package: "FlyingFox"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Full-text search: an SQLite FTS5 index of the site's posts (system libsqlite3) with a tokenizer that folds
        // accents and stems with Snowball (libstemmer); readers' queries parsed into terms and phrases, never FTS5 syntax.
        .target(name: "PlanetSearch", dependencies: ["CSQLite", "CStemmer", "PlanetCore", "PlanetXML"]),
        // `planet intake`: the long-running service that turns the comment form's posts into comment files and
        // delivers them to moderators (branches, pull requests), on HummingbirdCore (SwiftNIO), with bounded heads.
        .target(name: "PlanetIntake", dependencies: [
            "PlanetCore", "PlanetLoad", "PlanetParse", "PlanetMarkdown", "PlanetBuild", "PlanetConsole", "PlanetFiles", "PlanetMentions",
            "PlanetRender", "PlanetTemplate", "PlanetProcess", "PlanetMail", "PlanetSearch", .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "planet", dependencies: [
            "PlanetCLI", "PlanetServe", "PlanetFetch", "PlanetIntake", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // libFuzzer targets (see README, "Fuzzing"); a plain build makes corpus replayers of them.
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzRender", dependencies: ["FuzzSupport", "PlanetBuild", "PlanetLoad"], path: "Fuzz/FuzzRender"),
        .executableTarget(name: "FuzzHashtags", dependencies: ["FuzzSupport", "PlanetCore"], path: "Fuzz/FuzzHashtags"),
        .executableTarget(name: "FuzzSanitizer", dependencies: ["FuzzSupport", "PlanetXML"], path: "Fuzz/FuzzSanitizer"),
        .executableTarget(name: "FuzzImage", dependencies: ["FuzzSupport", "PlanetImage"], path: "Fuzz/FuzzImage"),
        .executableTarget(name: "FuzzSvg", dependencies: ["FuzzSupport", "PlanetXML"], path: "Fuzz/FuzzSvg"),
        .executableTarget(name: "FuzzAtom", dependencies: ["FuzzSupport", "PlanetXML"], path: "Fuzz/FuzzAtom"),

        // The compiled template renderer against swift-mustache: the theme's pages with representative values
        // (shared by the equivalence test), and a micro-benchmark (`swift build -c release --product TemplateBench`).
        .target(name: "TemplateSamples", dependencies: [
            "PlanetTemplate", "PlanetTheme", "Yams", .product(name: "Mustache", package: "swift-mustache"),
        ], path: "Benchmarks/TemplateSamples"),
        // The search index at scale on a generated corpus (`swift build -c release --product SearchBench`; see BENCHMARKS.md).
        .executableTarget(name: "SearchBench", dependencies: ["PlanetBuild", "PlanetCore", "PlanetSearch", "PlanetXML"], path: "Benchmarks/SearchBench"),
        .executableTarget(name: "TemplateBench", dependencies: [
            "PlanetTemplate", "TemplateSamples", .product(name: "Mustache", package: "swift-mustache"),
        ], path: "Benchmarks/TemplateBench"),

        .testTarget(name: "PlanetTests", dependencies: [
            "PlanetCore", "PlanetMarkdown", "PlanetXML", "PlanetImage", "PlanetLoad", "PlanetParse", "PlanetSite",
            "PlanetTheme", "PlanetTemplate", "PlanetRender", "PlanetFeeds", "PlanetWrite", "PlanetCheck", "PlanetBuild", "PlanetConsole", "PlanetCLI",
            "PlanetServe", "PlanetFetch", "PlanetFiles", "PlanetImport", "PlanetMentions", "PlanetIntake", "PlanetProcess", "PlanetMail", "PlanetSearch", "PlanetEngine", "planet", "Yams",
            "TemplateSamples",
            .product(name: "Mustache", package: "swift-mustache"),
        ], exclude: ["Fixtures", "Snapshots"]),
    ]
)

// The commit `planet --version` names: `scripts/release` passes it as PLANET_COMMIT (hexadecimal, maybe `-dirty`);
// a build without it says it was built from source.
if let commit = Context.environment["PLANET_COMMIT"], commit.wholeMatch(of: /[0-9a-f]{7,64}(-dirty)?/) != nil,
   let system = package.targets.first(where: { $0.name == "CPlanetSystem" }) {
    system.cSettings = [.define("PLANET_COMMIT", to: "\"\(commit)\"")]
}

// The project's own code builds without a warning: any warning in our targets is an error (dependencies are untouched).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
    target.cSettings = (target.cSettings ?? []) + [.unsafeFlags(["-Werror"])]
}
