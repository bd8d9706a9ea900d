/// A piece of a template's source: text (never spanning a line break: a text token ends after its `\n`),
/// or a tag with its trimmed content.
struct TemplateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case text
        /// `{{x}}` (escaped) or `{{{x}}}`, `{{&x}}` (raw).
        case variable(escaped: Bool)
        /// `{{#x}}`
        case section
        /// `{{^x}}`
        case inverted
        /// `{{/x}}`
        case close
        /// `{{!...}}`
        case comment
        /// `{{=<% %>=}}`
        case delimiters
        /// `{{>x}}`
        case partial
        /// `{{<x}}`
        case parent
        /// `{{$x}}`
        case block
    }

    let kind: Kind
    /// The text, or the tag's trimmed content (its name).
    let content: [UInt8]
    /// Byte offset of the text or of the tag's opening delimiter.
    let offset: Int

    /// Tags that stand alone on a line take the whole line with them (spec: "standalone" lines).
    var canStandAlone: Bool {
        switch kind {
        case .text, .variable: false
        case .section, .inverted, .close, .comment, .delimiters, .partial, .parent, .block: true
        }
    }

    var name: String { String(decoding: content, as: UTF8.self) }
}
