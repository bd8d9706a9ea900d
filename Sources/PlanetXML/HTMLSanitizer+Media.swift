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

    /// A `<source>` or `<track>` stays only inside `<video>` or `<audio>`, and only with a source on the site.
    static func keepMediaSource(_ node: xmlNodePtr, options: Options) {
        let parent = node.pointee.parent.map { $0.name } ?? ""
        if !SanitizerPolicy.media.contains(parent) || node.attribute("src") == nil || !isLocal(node.attribute("src"), options: options) {
            node.removeAndFree()
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
