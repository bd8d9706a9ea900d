internal import CLibXML2
import Foundation
import PlanetCore

extension HTMLSanitizer {
    /// Keeps the content's anchors (`id`, and `name` on `<a>`) valid and unique, scopes its footnotes, moves it off
    /// the theme's ids, makes its in-page links follow, then names the headings that have no id.
    static func assignIDs(under body: xmlNodePtr, options: Options) {
        var used = options.reservedIDs
        var renamed: [String: String] = [:]
        var headings: [xmlNodePtr] = []
        walkElements(under: body) { node in
            if node.name == "a", let name = node.attribute("name") {
                if node.attribute("id") != nil { node.removeAttribute("name") }
                else { keepAnchor(node, attribute: "name", value: name, used: &used, renamed: &renamed, options: options) }
            }
            if let id = node.attribute("id") {
                keepAnchor(node, attribute: "id", value: id, used: &used, renamed: &renamed, options: options)
            }
            if options.addHeadingIDs, SanitizerPolicy.headings.contains(node.name), node.attribute("id") == nil {
                headings.append(node)
            }
        }
        walkElements(under: body) { node in
            guard node.name == "a", let href = node.attribute("href"), href.hasPrefix("#") else { return }
            let fragment = String(href.dropFirst())
            if let target = renamed[fragment] ?? scopedFootnote(fragment, options: options) { node.setAttribute("href", "#" + target) }
        }
        for heading in headings {
            let base = Slug.make(heading.textContent)
            let stem = base.isEmpty ? "section" : base
            let id = unique(stem.hasPrefix("comment-") ? "content-" + stem : stem, used: used)
            used.insert(id)
            heading.setAttribute("id", id)
        }
    }

    /// Keeps one anchor: drops it when invalid or already used, scopes it when it is a footnote's, and moves it
    /// off a reserved id, remembering the move for the links.
    private static func keepAnchor(
        _ node: xmlNodePtr, attribute: String, value: String, used: inout Set<String>, renamed: inout [String: String], options: Options
    ) {
        if value.isEmpty || value.contains(where: { $0.isWhitespace }) {
            node.removeAttribute(attribute)
            return
        }
        var id = scopedFootnote(value, options: options) ?? value
        if isReserved(id, options: options) {
            let moved = unique(id.hasPrefix("comment-") ? "content-" + id : id, used: used)
            if renamed[value] == nil { renamed[value] = moved }
            id = moved
        } else if used.contains(id) {
            node.removeAttribute(attribute)
            return
        }
        used.insert(id)
        if id != value { node.setAttribute(attribute, id) }
    }

    private static func isReserved(_ id: String, options: Options) -> Bool {
        options.reservedIDs.contains(id) || id.hasPrefix("comment-")
    }

    private static func scopedFootnote(_ id: String, options: Options) -> String? {
        options.footnoteScope.flatMap { footnoteID(id, scope: $0) }
    }

    /// `fn-1` → `fn-<scope>-1` and `fnref-1-2` → `fnref-<scope>-1-2`, as the sanitizer renames a text's footnotes
    /// and the text's own links to them; nil for any other id, or one already scoped. cmark-gfm percent-encodes
    /// a label in both the ids and the links; the label's bytes, decoded, other than ASCII letters, digits and `-`
    /// become `_XX` (`[^é]` → `fn-<scope>-_C3_A9`), so that the id and its links match without any decoding.
    public static func footnoteID(_ id: String, scope: String) -> String? {
        for prefix in ["fn-", "fnref-"] where id.hasPrefix(prefix) {
            guard !id.hasPrefix(prefix + scope + "-") else { return nil }
            let written = String(id.dropFirst(prefix.count))
            var label = ""
            for byte in (written.removingPercentEncoding ?? written).utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"):
                    label.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    label += "_" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }
            return prefix + scope + "-" + label
        }
        return nil
    }

    /// `stem`, or `stem-2`, `stem-3`... whichever is not used yet.
    private static func unique(_ stem: String, used: Set<String>) -> String {
        var candidate = stem
        var counter = 1
        while used.contains(candidate) {
            counter += 1
            candidate = "\(stem)-\(counter)"
        }
        return candidate
    }

    private static func walkElements(under node: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.isElement {
                body(current)
                walkElements(under: current, body)
            }
            child = current.pointee.next
        }
    }
}
