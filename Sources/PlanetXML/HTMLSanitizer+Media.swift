internal import CLibXML2
import Foundation

extension HTMLSanitizer {
    /// `<video>` and `<audio>` play only what the site itself serves: a source on another host is dropped
    /// (so is `autoplay`, which no allowlist holds), and the reader always gets the controls.
    static func keepLocalMedia(_ node: xmlNodePtr, options: Options) {
        for attribute in ["src", "poster"] where !isLocal(node.attribute(attribute), options: options) {
            node.removeAttribute(attribute)
        }
        node.setAttribute("controls", "")
    }

    /// A `<video>` or `<audio>` without a `src` on the site takes that of its first `<source>` on the site: `<source>` itself is
    /// dropped (libxml2 knows no such void element: it nests the following ones in it, and would write an end tag).
    static func takeFirstSource(_ node: xmlNodePtr, options: Options) {
        if let source = node.attribute("src"), isLocal(source, options: options) { return }
        var candidates = node.childList
        while !candidates.isEmpty {
            let child = candidates.removeFirst()
            guard child.isElement, child.name == "source" else { continue }
            if let source = child.attribute("src"), SanitizerPolicy.isSafeURL(source, isImageSource: false), isLocal(source, options: options) {
                node.setAttribute("src", source)
                return
            }
            candidates.insert(contentsOf: child.childList, at: 0)
        }
    }

    /// Whether a URL is absent, relative, or on the site's own host.
    private static func isLocal(_ url: String?, options: Options) -> Bool {
        guard let url else { return true }
        guard let host = outsideHost(of: url) else { return true }
        return host == options.localHost?.lowercased()
    }
}
