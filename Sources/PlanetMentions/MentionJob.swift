/// A webmention waiting in the queue, as persisted in its folder (`<id>.json`): the request, and how many times
/// it was tried.
public struct MentionJob: Sendable, Hashable, Codable {
    public var request: MentionRequest
    public var attempts: Int

    public init(request: MentionRequest, attempts: Int = 0) {
        self.request = request
        self.attempts = attempts
    }
}
