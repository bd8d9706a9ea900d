/// A compiled tag name: where its value is looked up, the keys to follow, and the functions to apply
/// (innermost first). A class: nodes share it without copying its fields while rendering.
final class TemplateName: Sendable {
    enum Root: Sendable {
        /// `.`: the top of the context stack.
        case current
        /// `a.b.c`: `a` is looked up from the top of the context stack down, then `b` and `c` in it.
        case stack
        /// `.a.b` (a swift-mustache extension): `a` is looked up in the top of the stack only.
        case top
        /// `first()`: the position in the list being iterated.
        case position
    }

    let root: Root
    let keys: [String]
    let functions: [TemplateFunction]
    /// The tag's text, that a section's closing tag must repeat.
    let text: String

    init(root: Root, keys: [String], functions: [TemplateFunction], text: String) {
        self.root = root
        self.keys = keys
        self.functions = functions
        self.text = text
    }
}
