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

    /// An `<input>` stays only as a disabled checkbox (a task list item's): inert, and in no form.
    static func keepDisabledCheckbox(_ node: xmlNodePtr) {
        guard node.attribute("type")?.lowercased() == "checkbox" else {
            node.removeAndFree()
            return
        }
        node.setAttribute("type", "checkbox")
        node.setAttribute("disabled", "")
        if node.attribute("checked") != nil { node.setAttribute("checked", "") }
    }

    /// A table cell's obsolete `align` (cmark-gfm's column alignment) becomes the class `align-left`, `-center` or `-right`.
    static func alignmentAsClass(_ cell: xmlNodePtr) {
        guard let align = cell.attribute("align") else { return }
        cell.removeAttribute("align")
        let value = align.trimmingCharacters(in: .whitespaces).lowercased()
        if SanitizerPolicy.alignments.contains(value) { cell.setAttribute("class", "align-\(value)") }
    }

    /// Whether a URL is absent, relative, or on the site's own host.
    private static func isLocal(_ url: String?, options: Options) -> Bool {
        guard let url else { return true }
        guard let host = outsideHost(of: url) else { return true }
        return host == options.localHost?.lowercased()
    }
}
