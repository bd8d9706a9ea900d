internal import CLibXML2
import Foundation
import PlanetCore

/// A rewrite of the images of an HTML fragment: how `planet fetch` brings an outside entry's
/// images home, so that no page makes a reader's browser call another host.
public enum HTMLImages {
    /// An `<img>` as written: its `src` and its declared size.
    public struct Reference: Sendable, Hashable {
        public var source: String
        public var width: String?
        public var height: String?

        public init(source: String, width: String? = nil, height: String? = nil) {
            self.source = source
            self.width = width
            self.height = height
        }

        /// Declared 1×1 (or 0): a tracking pixel.
        public var isDeclaredPixel: Bool {
            let tiny: Set<String> = ["0", "1", "0px", "1px"]
            return width.map { tiny.contains($0.trimmingCharacters(in: .whitespaces)) } == true
                || height.map { tiny.contains($0.trimmingCharacters(in: .whitespaces)) } == true
        }
    }

    /// What becomes of one image.
    public enum Replacement: Sendable, Hashable {
        case keep
        /// Removed (a tracking pixel).
        case drop
        /// Its `src` becomes this (a local copy).
        case source(String)
        /// A link to the image instead, labelled with its alt text: a copy could not be made.
        case link
    }

    /// `html` with each image replaced as `decide` says.
    public static func rewrite(_ html: String, _ decide: (Reference) -> Replacement) -> String {
        guard html.utf8Contains("<img") || html.utf8Contains("<IMG") else { return html }
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return html }
        var images: [xmlNodePtr] = []
        walk(body) { images.append($0) }
        for image in images {
            guard let source = image.attribute("src") else {
                image.removeAndFree()
                continue
            }
            switch decide(Reference(source: source, width: image.attribute("width"), height: image.attribute("height"))) {
            case .keep:
                continue
            case .drop:
                image.removeAndFree()
            case .source(let local):
                image.setAttribute("src", local)
            case .link:
                guard let link = xmlNewDocNode(image.pointee.doc, nil, "a", nil) else { continue }
                xmlSetProp(link, "href", source)
                let alt = image.attribute("alt") ?? ""
                xmlNodeAddContent(link, alt.isEmpty ? source : alt)
                xmlAddPrevSibling(image, link)
                image.removeAndFree()
            }
        }
        return tree.serialized()
    }

    private static func walk(_ node: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
        for child in node.childList where child.isElement {
            if child.name == "img" { body(child) } else { walk(child, body) }
        }
    }
}
