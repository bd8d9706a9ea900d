import Foundation

/// Work of earlier builds, keyed by the fingerprint of everything it read (a file's path and bytes, the
/// configuration, the templates, the version of planet): parsed posts and comments, and rendered
/// fragments. What is found here is not done again. Saved in the site's `.planet/cache/` between builds.
public struct BuildCache: Sendable, Equatable {
    /// The result of parsing one file, or a rendered fragment of a page.
    public enum Entry: Sendable, Equatable {
        case post(Post?, [Diagnostic])
        case comment(Comment?, [Diagnostic])
        case fragment(String)
        /// A member's file as published (nil when it is not), and why.
        case memberFile(PublishedFile?, [Diagnostic])
        /// The URLs that a post's HTML points to (`href`, `src`, `poster`, in document order), under `linksKey`.
        case links([String])
    }

    public var entries: [UInt64: Entry]

    public init(entries: [UInt64: Entry] = [:]) {
        self.entries = entries
    }

    /// The key of the `.links` of a post's HTML: of the HTML's fingerprint (`Post.htmlFingerprint`) and the version
    /// of planet, which reads the links.
    public static func linksKey(htmlFingerprint: UInt64, toolIdentity: UInt64) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine("links")
        fingerprint.combine(toolIdentity)
        fingerprint.combine(htmlFingerprint)
        return fingerprint.value
    }
}
