/// How fetching one feed went.
public enum FeedStatus: Sendable, Hashable {
    /// Fetched and parsed; the cache was updated.
    case updated
    /// 304: the cached copy is current.
    case notModified
    /// The last good copy stays in use.
    case failed(FetchFailure)

    public var label: String {
        switch self {
        case .updated: "ok"
        case .notModified: "not modified"
        case .failed(let failure): failure.summary
        }
    }
}
