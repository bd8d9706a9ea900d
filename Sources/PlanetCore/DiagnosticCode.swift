/// The machine codes of diagnostics that name their kind explicitly (`Diagnostic.code`), for tools such as
/// `planet check --format json`; a diagnostic without one gets `stableCode`, derived from its message.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    /// A text with commas where a list is expected: `tags: Santé, Hiver` is one tag.
    case commaSeparatedText = "comma-separated-text"
    /// A post dated after the build's day, left out until then.
    case futurePost = "future-post"
    /// A Markdown file in a member's folder but outside `posts/`.
    case postOutsidePosts = "post-outside-posts"
    /// A settings file spelt `.yml` where planet reads `.yaml`.
    case ymlExtension = "yml-extension"
    /// A comment whose folder names no post.
    case commentOnMissingPost = "comment-on-missing-post"
    /// A file larger than planet reads.
    case fileTooLarge = "file-too-large"
    /// `base_url` still as `planet new site` wrote it.
    case placeholderBaseURL = "placeholder-base-url"
    /// An imported old address that an existing file of the site already has as alias.
    case aliasCollision = "alias-collision"
}

extension Diagnostic {
    public static func error(_ message: String, at location: SourceLocation, excerpt: String? = nil, code: DiagnosticCode) -> Diagnostic {
        Diagnostic(.error, message, at: location, excerpt: excerpt, code: code.rawValue)
    }

    public static func warning(_ message: String, at location: SourceLocation, excerpt: String? = nil, code: DiagnosticCode) -> Diagnostic {
        Diagnostic(.warning, message, at: location, excerpt: excerpt, code: code.rawValue)
    }
}
