import PlanetCore

/// A webmention that passed the syntactic checks: its `source`, its `target`, and the post the target names.
public struct MentionRequest: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var post: MentionPost

    public init(source: String, target: String, post: MentionPost) {
        self.source = source
        self.target = target
        self.post = post
    }

    /// Eight hexadecimal digits of source and target: the queue's file name, and the end of the comment file's
    /// name, so that the same mention is spooled once.
    public var id: String { StableHash.hex(source + "\n" + target) }
}
