import PlanetTemplate

/// An Atom feed as it is written (`AtomFeed.render` reads nothing else): a feed's fingerprint is this
/// value's. Entries are shared by every feed that carries them.
struct FeedDocument: Encodable, Hashable, Sendable {
    /// The feed's own site path (`/alice/atom.xml`); `id` and the self link are its absolute URL.
    var path: String
    var lang: String
    var id: String
    var title: String
    /// Empty for none.
    var subtitle: String
    /// The newest entry's, or the epoch for an empty feed.
    var updated: String
    var selfURL: String
    /// The page the feed mirrors.
    var alternateURL: String
    var entries: [Shared<FeedEntry>]

    var outputPath: String { String(path.dropFirst()) }
}
