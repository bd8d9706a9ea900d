import Foundation

/// One file of the built site, as a value: where it goes and what it holds.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds: bytes produced by the build, or a site file copied as it is.
    public enum Content: Sendable, Hashable {
        case data(Data)
        /// A path relative to the site folder.
        case copy(sourcePath: String)
    }

    /// Relative to the output folder, with `/` separators (`alice/mon-billet/index.html`).
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    public init(path: String, text: String) {
        self.init(path: path, content: .data(Data(text.utf8)))
    }

    /// The output path for a root-relative URL path: `/alice/` → `alice/index.html`.
    public static func htmlPath(forURLPath urlPath: String) -> String {
        let trimmed = urlPath.hasPrefix("/") ? String(urlPath.dropFirst()) : urlPath
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
