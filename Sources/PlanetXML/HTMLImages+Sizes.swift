internal import CLibXML2
import Foundation
import PlanetCore

extension HTMLImages {
    /// `html` with each `<img>` whose source is one of `sizes` (a path relative to the page, such as a post
    /// folder's `cabinet.jpg`) given its `width` and `height`, so that the page does not shift as it loads,
    /// and `loading="lazy"` on every image after the first. What the author set is kept.
    public static func sized(_ html: String, sizes: [String: (width: Int, height: Int)]) -> String {
        guard !sizes.isEmpty, html.utf8Contains("<img") else { return html }
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return html }
        var images: [xmlNodePtr] = []
        func walk(_ node: xmlNodePtr) {
            for child in node.childList where child.isElement {
                if child.name == "img" { images.append(child) } else { walk(child) }
            }
        }
        walk(body)
        var changed = false
        for (index, image) in images.enumerated() {
            guard let source = image.attribute("src").flatMap(localPath), let size = sizes[source], size.width > 0, size.height > 0 else {
                continue
            }
            if image.attribute("width") == nil, image.attribute("height") == nil {
                image.setAttribute("width", String(size.width))
                image.setAttribute("height", String(size.height))
                changed = true
            }
            if index > 0, image.attribute("loading") == nil {
                image.setAttribute("loading", "lazy")
                changed = true
            }
        }
        return changed ? tree.serialized() : html
    }

    /// The path a relative image source names (`./a%20b.png` → `a b.png`), nil for any other source.
    static func localPath(_ source: String) -> String? {
        var path = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("\\"),
              !(path.firstIndex(of: ":").map { colon in !path[..<colon].contains("/") } ?? false) else { return nil }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path.removingPercentEncoding
    }
}
