internal import CCmarkGFM
import Foundation

/// A Markdown text parsed by cmark-gfm with GitHub's extensions: tables, strikethrough, autolinks,
/// task lists and footnotes. It owns the parser and the tree and frees both when released: keep it alive
/// (`withExtendedLifetime`) while using `root`.
final class GFMDocument {
    /// The extensions GitHub's forge enables, by cmark-gfm's names.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// cmark-gfm's option besides the caller's: footnotes.
    static let gfmOptions = CMARK_OPT_FOOTNOTES

    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm switches its extensions' inline characters on in one process-wide table when a parse's inline
    /// stage (`cmark_parser_finish`) starts, and off when it ends: two at once race, and a parse loses its
    /// autolinks or strikethrough. So inline stages run one at a time; block parsing and rendering stay parallel.
    private static let inlineStage = NSLock()

    private let parser: OpaquePointer
    let root: OpaquePointer
    let options: Int32

    /// Parses `markdown` with `options` (`CMARK_OPT_*`) and the GFM extensions; nil when cmark-gfm runs out of memory.
    init?(_ markdown: String, options: Int32) {
        _ = Self.registration
        let options = options | Self.gfmOptions
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let root = Self.inlineStage.withLock({ cmark_parser_finish(parser) }) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
        self.options = options
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The HTML of `node` (the whole document by default), rendered with the parser's extensions.
    func html(of node: OpaquePointer? = nil) -> String {
        guard let rendered = cmark_render_html(node ?? root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The name of a node's type, as cmark-gfm's extensions call them (`table`, `strikethrough`, `tasklist`...).
    static func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }
}
