internal import CLibXML2
import Foundation

/// Elements kept on conditions: a task list's checkbox, its label, and a table cell's alignment.
extension HTMLSanitizer {
    /// An `<input>` stays only as a disabled checkbox (a task list item's) that starts a `<label>`: inert, in no form,
    /// and named by the label's text. One whose label has no text, which nothing would name, becomes the character
    /// of its state, ☐ or ☑.
    static func keepDisabledCheckbox(_ node: xmlNodePtr) {
        let parent = node.pointee.parent
        let startsLabel = parent.map { $0.name == "label" && $0.childList.first(where: \.isElement) == node } ?? false
        guard node.attribute("type")?.lowercased() == "checkbox", let parent, startsLabel else {
            node.removeAndFree()
            return
        }
        if parent.textContent.allSatisfy(\.isWhitespace) {
            xmlAddPrevSibling(node, xmlNewDocText(node.pointee.doc, node.attribute("checked") == nil ? "☐" : "☑"))
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
}
