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
    /// A link or image that leads to no page or file of the site.
    case brokenLink = "broken-link"
    /// A link to an element id that the target page lacks.
    case brokenAnchor = "broken-anchor"
    /// A link that leaves the base path the site is published under.
    case linkOutsideSite = "link-outside-site"
    /// A pull request's change outside the member's own folder (`--author`).
    case outsideMemberFolder = "outside-member-folder"
    /// A pull request's change to another member's folder.
    case foreignMemberFolder = "foreign-member-folder"
    /// A pull request's edit of a comment that the member does not moderate.
    case foreignComment = "foreign-comment"
    /// A player (`<iframe>`, `<object>`, `<embed>`) turned into a link.
    case embeddedPlayer = "embedded-player"
    /// Another engine's shortcode (`{% … %}`), shown as text.
    case foreignShortcode = "foreign-shortcode"
    /// A markdown-it container line (`::: lead`), left out.
    case foreignContainer = "foreign-container"
    /// An attribute list (`{.class}`), left out.
    case foreignAttributeList = "foreign-attribute-list"
    /// A placeholder that `planet new site` left in the site's files.
    case scaffoldPlaceholder = "scaffold-placeholder"
    /// `planet fetch` refused an address whose host has a private, loopback or link-local address.
    case privateAddress = "private-address"
}
