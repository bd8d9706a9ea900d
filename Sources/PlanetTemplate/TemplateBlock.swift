/// A block's content: the default where it is expanded, or what a parent call overrides it with.
struct TemplateBlock: Sendable {
    /// The block name's symbol in the library.
    let symbol: Int
    let nodes: [TemplateNode]
}
