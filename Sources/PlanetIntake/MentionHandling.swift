import Foundation
import PlanetMentions

/// What becomes of a webmention once `POST /webmention` has checked its form: `receive` checks the target and
/// queues the request before the route answers (W3C Webmention 3.2.1: an invalid target is refused at once);
/// verification (fetching the source, finding the link, spooling a `kind: mention` file) comes later, apart
/// from the request.
public protocol MentionHandling: Sendable {
    /// Nil when the request is queued (the route answers 202); otherwise why not: a client's mistake (400)
    /// or a request that could not be stored (503).
    func receive(source: URL, target: URL) async -> MentionRejection?
}

/// The default: mentions are acknowledged and dropped.
public struct IgnoredMentions: MentionHandling {
    public init() {}

    public func receive(source: URL, target: URL) async -> MentionRejection? { nil }
}
