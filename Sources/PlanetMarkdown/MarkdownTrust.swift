/// Who wrote a Markdown text, which decides what it may contain.
public enum MarkdownTrust: Sendable {
    /// A member: raw HTML passes through to the HTML sanitizer, which must run next.
    case member
    /// A visitor: raw HTML is shown as text and images become plain links,
    /// so a comment can neither inject markup nor make readers' browsers call another host.
    case visitor
}
