/// Why a feed cache file could not be read.
public struct FeedCacheError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}
