internal import CLibXML2
import Foundation

/// Checks an SVG image written by a member. A browser runs an SVG's scripts when the file is opened
/// directly, on the site's own origin, so an SVG may hold no script, event handler, foreign HTML,
/// `javascript:` link or outside resource.
public enum SVGCheck {
    /// What makes `data` unsafe to publish, empty when it is safe.
    public static func problems(in data: Data) -> [String] {
        LibXML2.ensureInitialized()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, options)
        }
        guard let document else { return ["it is not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), root.name == "svg" else { return ["its root element is not <svg>"] }
        var problems: [String] = []
        func visit(_ node: xmlNodePtr) {
            let name = node.name
            if forbiddenElements.contains(name) { problems.append("a <\(name)> element") }
            if (name == "set" || name.hasPrefix("animate")), let target = node.attribute("attributeName"),
               target.lowercased().hasSuffix("href") {
                problems.append("an animation of \(target)")
            }
            for attribute in node.attributeNames {
                let lowered = attribute.lowercased()
                let value = node.attribute(attribute) ?? ""
                if lowered.hasPrefix("on") { problems.append("an event handler \(attribute)=") }
                if lowered == "href" || lowered.hasSuffix(":href") {
                    let trimmed = value.trimmingCharacters(in: .whitespaces)
                    if !trimmed.hasPrefix("#"), !SanitizerPolicy.isSafeURL(trimmed, isImageSource: true) || isOutside(trimmed) {
                        problems.append("a link or resource `\(trimmed.prefix(60))`")
                    }
                }
                if lowered == "style", loadsOutsideResource(value) { problems.append("a style that loads an outside resource") }
            }
            if name == "style", loadsOutsideResource(node.textContent) { problems.append("a style that loads an outside resource") }
            for child in node.childList where child.isElement { visit(child) }
        }
        visit(root)
        return problems
    }

    static let forbiddenElements: Set<String> = ["script", "foreignObject", "handler", "iframe", "embed", "object", "listener"]

    /// An absolute or scheme-relative URL: a request to another host, or a link out of the image.
    private static func isOutside(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") || lowered.hasPrefix("javascript:")
    }

    private static func loadsOutsideResource(_ css: String) -> Bool {
        let compact = css.lowercased().filter { !$0.isWhitespace }
        return compact.contains("@import") || compact.contains("url(http") || compact.contains("url(//")
            || compact.contains("url('http") || compact.contains("url(\"http") || compact.contains("url('//") || compact.contains("url(\"//")
    }
}
