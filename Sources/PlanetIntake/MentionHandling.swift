import Foundation

/// What becomes of a webmention once `POST /webmention` has checked its form and answered 202: verification
/// (fetching the source, finding the link, spooling a `kind: mention` file) is done by whoever conforms.
public protocol MentionHandling: Sendable {
    /// Called once per accepted request, after the 202 is decided; runs apart from the request.
    func received(source: URL, target: URL) async
}

/// The default: mentions are acknowledged and dropped.
public struct IgnoredMentions: MentionHandling {
    public init() {}

    public func received(source: URL, target: URL) async {}
}
