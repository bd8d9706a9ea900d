internal import CLibXML2
import PlanetCore

/// French spacing (`Typography.frenchSpacing`) applied to the text of a sanitized HTML tree: text nodes
/// only, never an attribute, and nothing inside code, preformatted text, keyboard input, sample output,
/// variables, scripts or styles. Each text node is read with the text just around it in its block, so that
/// `<em>oui</em> !` is spaced like `oui !`; a superscript (a footnote reference) is not read with the text before it,
/// so that `lancer !<sup>7</sup>` is spaced like `lancer !`. English quotes become guillemets (`Typography.frenchQuotes`).
enum FrenchTypography {
    /// Elements whose text is kept exactly as written.
    static let verbatimElements: Set<String> = ["code", "pre", "kbd", "samp", "var", "script", "style"]

    /// Elements whose text is spaced apart from the text around them: blocks, and superscripts (footnote references).
    static let separateElements: Set<String> = [
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dt", "dd", "figcaption", "caption", "div",
        "section", "article", "aside", "header", "footer", "details", "summary", "ul", "ol", "dl", "table", "tr", "figure", "sup",
    ]

    /// Respaces the text nodes under `root`.
    static func apply(under root: xmlNodePtr) {
        var runs: [[xmlNodePtr]] = [[]]
        collectText(under: root, into: &runs)
        for run in runs where !run.isEmpty {
            let quoted = Typography.frenchQuotes(run.map(\.textContent))
            for (node, text) in zip(run, quoted) {
                guard let text else { continue }
                xmlNodeSetContentLen(node, text, Int32(text.utf8.count))
            }
            let texts = run.map { node in
                node.pointee.content.map { Array(UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0)))) } ?? []
            }
            for (index, node) in run.enumerated() {
                let precededByGuillemet = index > 0 && texts[index - 1].suffix(2).elementsEqual([0xC2, 0xAB])
                let following = index + 1 < run.count ? Array(texts[index + 1].prefix(16)) : []
                guard let spaced = Typography.frenchSpacing(utf8: texts[index], precededByGuillemet: precededByGuillemet, following: following) else {
                    continue
                }
                spaced.withUnsafeBufferPointer { xmlNodeSetContentLen(node, $0.baseAddress, Int32($0.count)) }
            }
        }
    }

    /// The text nodes under `node` in document order, as runs of neighbouring text: a verbatim element
    /// ends a run, so that no text is spaced by what a code span holds, and so do blocks and superscripts.
    private static func collectText(under node: xmlNodePtr, into runs: inout [[xmlNodePtr]]) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE {
                runs[runs.count - 1].append(current)
            } else if current.isElement {
                let name = current.name
                if verbatimElements.contains(name) {
                    runs.append([])
                } else if separateElements.contains(name) {
                    runs.append([])
                    collectText(under: current, into: &runs)
                    runs.append([])
                } else {
                    collectText(under: current, into: &runs)
                }
            }
            child = current.pointee.next
        }
    }
}
