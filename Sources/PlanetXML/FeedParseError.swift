/// Why a document is not a usable feed.
public enum FeedParseError: Error, Sendable, Hashable {
    /// Not XML at all, even for libxml2's recover mode.
    case invalidXML
    /// Well-formed enough, but neither Atom, RSS 2.0 nor RSS 1.0 (an HTML page, say): the root element's name.
    case notAFeed(String)

    public var message: String {
        switch self {
        case .invalidXML: "invalid XML"
        case .notAFeed(let root): "not a feed (the document is <\(root)>)"
        }
    }
}
