internal import CLibXML2
import PlanetCore

/// French spacing (`Typography.frenchSpacing`) applied to the text of a sanitized HTML tree: text nodes
/// only, never an attribute, and nothing inside code, preformatted text, keyboard input, sample output,
/// variables, scripts or styles. Each text node is read with the text just around it, so that
/// `<em>oui</em> !` is spaced like `oui !`.
enum FrenchTypography {
    /// Elements whose text is kept exactly as written.
    static let verbatimElements: Set<String> = ["code", "pre", "kbd", "samp", "var", "script", "style"]

    /// Respaces the text nodes under `root`.
    static func apply(under root: xmlNodePtr) {
        var runs: [[xmlNodePtr]] = [[]]
        collectText(under: root, into: &runs)
        for run in runs where !run.isEmpty {
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
    /// ends a run, so that no text is spaced by what a code span holds.
    private static func collectText(under node: xmlNodePtr, into runs: inout [[xmlNodePtr]]) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE {
                runs[runs.count - 1].append(current)
            } else if current.isElement {
                if verbatimElements.contains(current.name) {
                    runs.append([])
                } else {
                    collectText(under: current, into: &runs)
                }
            }
            child = current.pointee.next
        }
    }
}
