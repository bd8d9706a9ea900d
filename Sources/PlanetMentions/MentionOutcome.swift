/// What fetching and reading a webmention's source came to.
public enum MentionOutcome: Sendable, Hashable {
    /// The source links to the target: what the mention shows.
    case verified(MentionExcerpt)
    /// The source was read and does not link to the target (any more): per the Webmention spec, a deletion.
    case noLink
    /// The source answered 404 or 410: a deletion too.
    case gone(Int)
    /// Worth another try later: network errors, timeouts, 5xx, 429; the reason, for the log.
    case retry(String)
    /// Not worth another try: refused address, too large, other 4xx, not HTML; the reason, for the log.
    case failed(String)
}
