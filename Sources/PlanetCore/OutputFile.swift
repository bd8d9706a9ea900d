import Foundation

/// One file of the built site, as a value: where it goes and what it holds.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds: bytes produced by the build, or a site file copied as it is.
    public enum Content: Sendable, Hashable {
        case data(Data)
        /// A path relative to the site folder.
        case copy(sourcePath: String)
        /// The same bytes as the previous build's file at this path, whose inputs had the same fingerprint.
        case unchanged
        /// A file that could not be made (its template failed): why, located; the build fails with it.
        case failed([Diagnostic])
    }

    /// Relative to the output folder, with `/` separators (`alice/mon-billet/index.html`).
    public var path: String
    public var content: Content
    /// The fingerprint of everything the file was made from, when the build can tell; the next build
    /// skips the file when its inputs have the same fingerprint.
    public var fingerprint: UInt64?

    public init(path: String, content: Content, fingerprint: UInt64? = nil) {
        self.path = path
        self.content = content
        self.fingerprint = fingerprint
    }

    public init(path: String, text: String, fingerprint: UInt64? = nil) {
        self.init(path: path, content: .data(Data(text.utf8)), fingerprint: fingerprint)
    }

    /// The output path for a root-relative URL path: `/alice/` → `alice/index.html`.
    public static func htmlPath(forURLPath urlPath: String) -> String {
        let trimmed = urlPath.hasPrefix("/") ? String(urlPath.dropFirst()) : urlPath
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// Whether the file at `path` is a page (HTML), as build summaries count them.
    public static func isPage(_ path: String) -> Bool { path.hasSuffix(".html") }

    /// Whether the file at `path` is an Atom feed: an `atom.xml` or `comments.xml` file.
    public static func isFeed(_ path: String) -> Bool { path.hasSuffix("atom.xml") || path.hasSuffix("comments.xml") }
}
