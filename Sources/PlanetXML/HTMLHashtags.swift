internal import CLibXML2
import Foundation
import PlanetCore

/// Finds the hashtags in the prose of sanitized HTML (an outside entry's) and links each one as Markdown rendering
/// does for posts: `<a class="hashtag" href="#planet-hashtag-N">#name</a>`, a placeholder that the site resolves
/// once every hashtag has its page (`HashtagLinks`). Text inside links, code and preformatted blocks is left alone.
public enum HTMLHashtags {
    /// The HTML with its hashtags linked, and their names as written (without `#`), in order.
    public static func link(_ html: String) -> (html: String, hashtags: [String]) {
        guard html.utf8Contains("#") || html.utf8Contains("＃") else { return (html, []) }
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return (html, []) }
        var names: [String] = []
        func visit(_ node: xmlNodePtr) {
            for child in node.childList {
                if child.isElement {
                    if !skipped.contains(child.name) { visit(child) }
                } else if child.pointee.type == XML_TEXT_NODE {
                    link(child, names: &names)
                }
            }
        }
        visit(body)
        return names.isEmpty ? (html, []) : (tree.serialized(), names)
    }

    static let skipped: Set<String> = ["a", "code", "pre", "kbd", "samp"]

    private static func link(_ text: xmlNodePtr, names: inout [String]) {
        let content = text.textContent
        let matches = HashtagExtractor.matches(in: content)
        guard !matches.isEmpty else { return }
        let scalars = Array(content.unicodeScalars)
        func piece(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        xmlNodeSetContent(text, piece(0..<matches[0].range.lowerBound))
        var last = text
        func append(_ node: xmlNodePtr?) {
            guard let node else { return }
            last = xmlAddNextSibling(last, node) ?? last
        }
        for (index, match) in matches.enumerated() {
            let anchor = xmlNewDocNode(text.pointee.doc, nil, "a", nil)
            if let anchor {
                xmlSetProp(anchor, "class", "hashtag")
                xmlSetProp(anchor, "href", "#planet-hashtag-\(names.count)")
                xmlNodeAddContent(anchor, piece(match.range))
            }
            append(anchor)
            names.append(match.name)
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : scalars.count
            if end > match.range.upperBound { append(xmlNewDocText(text.pointee.doc, piece(match.range.upperBound..<end))) }
        }
    }
}
