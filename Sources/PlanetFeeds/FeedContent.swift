import PlanetCore
import PlanetTemplate
import PlanetXML

/// The HTML of the entries of the feeds that are written, with their URLs made absolute: resolved once per
/// build, on every core, and shared by every feed that carries the entry.
struct FeedContent: Sendable {
    /// By the entry's fingerprint.
    private let resolved: [UInt64: String]

    init(entries: [Shared<FeedEntry>]) {
        var unique: [UInt64: FeedHTML] = [:]
        for entry in entries { unique[entry.fingerprint] = entry.value.content }
        let pending = Array(unique)
        let html = pending.parallelMap { HTMLURLResolver.resolve($0.value.html, against: $0.value.base) }
        resolved = Dictionary(uniqueKeysWithValues: zip(pending.map(\.key), html))
    }

    /// The resolved HTML of an entry given to `init`.
    func html(_ entry: Shared<FeedEntry>) -> String {
        resolved[entry.fingerprint] ?? HTMLURLResolver.resolve(entry.value.content.html, against: entry.value.content.base)
    }
}
