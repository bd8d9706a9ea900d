internal import CLibXML2
import Foundation

/// What an HTML page or fragment offers and points to: its anchors (`id`, and `name` on `<a>`) and the URLs
/// of its links and embedded resources, read with libxml2's HTML parser.
public struct HTMLReferences: Sendable, Hashable {
    /// Values of `id` attributes, and of `name` on `<a>` elements.
    public var anchors: Set<String>
    /// `href`, `src` and `poster` values, in document order.
    public var urls: [String]
    /// Those of `urls` that show an image: `<img src>`, `<video poster>`.
    public var imageURLs: Set<String>
    /// Embedded players that play no address a link could take the place of (`<object>`, `<iframe src="x.html">`, a
    /// `<script src>` other than a gist's and other than a widget's that follows the quote it shows), as their start tag
    /// names them (`<object>`, `<script src="…">`), in document order.
    public var lostEmbeds: [String] = []

    /// Scans a whole HTML document, such as a built page.
    public static func scan(document html: String) -> HTMLReferences {
        HTMLReferences(tree: HTMLTree(document: html))
    }

    /// Scans an HTML fragment, such as a member's raw HTML.
    public static func scan(fragment html: String) -> HTMLReferences {
        HTMLReferences(tree: HTMLTree(fragment: html))
    }

    private init(tree: HTMLTree) {
        anchors = []
        urls = []
        imageURLs = []
        guard let root = tree.root else { return }
        collect(under: root)
    }

    private mutating func collect(under node: xmlNodePtr) {
        for child in node.childList where child.isElement {
            if let id = child.attribute("id") { anchors.insert(id) }
            if child.name == "a", let name = child.attribute("name") { anchors.insert(name) }
            for attribute in ["href", "src", "poster"] {
                if let value = child.attribute(attribute) { urls.append(value) }
            }
            if child.name == "img", let source = child.attribute("src") { imageURLs.insert(source) }
            if let poster = child.attribute("poster") { imageURLs.insert(poster) }
            if EmbeddedPlayer.elements.contains(child.name), EmbeddedPlayer(child) == nil, node.name != "object" {
                if child.name != "script" {
                    lostEmbeds.append("<" + child.name + ">")
                } else if let source = child.attribute("src"), !Self.followsQuote(child) {
                    lostEmbeds.append("<script src=\"" + source + "\">")
                }
            }
            collect(under: child)
        }
    }

    /// Whether the element's previous element is a `<blockquote>`: an embedded post's text, which its widget's script
    /// would restyle and which stays.
    private static func followsQuote(_ node: xmlNodePtr) -> Bool {
        var previous = node.pointee.prev
        while let current = previous, !current.isElement { previous = current.pointee.prev }
        return previous?.name == "blockquote"
    }
}
