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

    /// An `<input>` stays only as a disabled checkbox (a task list item's) that starts a `<label>`: inert, in no form,
    /// and named by the label's text.
    static func keepDisabledCheckbox(_ node: xmlNodePtr) {
        let parent = node.pointee.parent
        let startsLabel = parent.map { $0.name == "label" && $0.childList.first(where: \.isElement) == node } ?? false
        guard node.attribute("type")?.lowercased() == "checkbox", startsLabel else {
            node.removeAndFree()
            return
        }
        node.setAttribute("type", "checkbox")
        node.setAttribute("disabled", "")
        if node.attribute("checked") != nil { node.setAttribute("checked", "") }
    }

    /// A `<label>` inside another, or holding more than one control (`input`, `meter`, `progress`), is replaced
    /// by its content, as HTML allows neither.
    static func keepLabel(_ node: xmlNodePtr) {
        var ancestor = node.pointee.parent
        while let current = ancestor, current.isElement {
            if current.name == "label" {
                node.unwrap()
                return
            }
            ancestor = current.pointee.parent
        }
        var controls = 0
        var pending = node.childList
        while let child = pending.popLast() {
            guard child.isElement else { continue }
            if ["input", "meter", "progress"].contains(child.name) { controls += 1 }
            pending += child.childList
        }
        if controls > 1 { node.unwrap() }
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
