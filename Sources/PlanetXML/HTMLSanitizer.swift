internal import CLibXML2
import Foundation
import PlanetCore

/// Makes untrusted HTML safe to publish: an allowlist of elements, attributes and URL schemes,
/// applied to the tree that libxml2's HTML parser builds, so that what is checked is what browsers see.
/// Nothing executable survives: no script, event handler, `javascript:` URL, style, frame, form or plugin.
public enum HTMLSanitizer {
    public struct Options: Sendable, Hashable {
        /// Gives headings without an id one made from their text, unique in the fragment.
        public var addHeadingIDs: Bool
        /// The site's host: an image from any other host becomes a link to it, so that pages make no
        /// third-party request. Nil keeps every image.
        public var localHost: String?
        /// A `rel` set on every link (`nofollow ugc noopener` for visitors' comments).
        public var linkRel: String?
        /// Ids the theme uses around the content, which the content may not take (nor any `comment-…`): an element
        /// of the content with one of them gets `<id>-2` (`content-comment-…`) instead, as headings do, and the
        /// content's links to it follow.
        public var reservedIDs: Set<String>
        /// Makes the spaces of French punctuation unbreakable in the text (see `FrenchTypography`).
        public var frenchSpacing: Bool
        /// Footnote ids (`fn-…`, `fnref-…`) become `fn-<scope>-…`, and the links to them follow, so that the footnotes
        /// of several texts shown on one page never share an id. Nil leaves them as they are.
        public var footnoteScope: String?

        public init(addHeadingIDs: Bool = true, localHost: String? = nil, linkRel: String? = nil,
                    reservedIDs: Set<String> = Self.themeIDs, frenchSpacing: Bool = false, footnoteScope: String? = nil) {
            self.addHeadingIDs = addHeadingIDs
            self.localHost = localHost
            self.linkRel = linkRel
            self.reservedIDs = reservedIDs
            self.frenchSpacing = frenchSpacing
            self.footnoteScope = footnoteScope
        }

        /// The ids of the built-in theme's pages.
        public static let themeIDs: Set<String> = [
            "main", "content", "comments", "comments-title", "conversations-title", "hashtag-comments-title", "members-title",
            "related-title", "top-hashtags-title", "top-tags-title",
        ]
    }

    /// Sanitizes `html`. The result is a fixed point: sanitizing it again gives it back unchanged, because
    /// mis-nested markup (`<p><a><p>`) is re-parsed until the tree that browsers build from it is stable.
    public static func sanitize(_ html: String, options: Options = Options()) -> String {
        var current = pass(html, options: options)
        for _ in 0..<maximumPasses {
            let again = pass(current, options: options)
            if again == current { return current }
            current = again
        }
        return current
    }

    /// Enough for any markup seen in fuzzing; each pass only closes elements that the previous one left open.
    static let maximumPasses = 4

    private static func pass(_ html: String, options: Options) -> String {
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        clean(children: body, options: options)
        assignIDs(under: body, options: options)
        if options.frenchSpacing { FrenchTypography.apply(under: body) }
        return tree.serialized()
    }

    private static func clean(children parent: xmlNodePtr, options: Options) {
        for node in parent.childList {
            switch node.pointee.type {
            case XML_TEXT_NODE:
                continue
            case XML_ELEMENT_NODE:
                clean(element: node, options: options)
            default:
                node.removeAndFree()
            }
        }
    }

    private static func clean(element node: xmlNodePtr, options: Options) {
        let name = node.name
        if EmbeddedPlayer.elements.contains(name) {
            replaceEmbeddedPlayer(node, options: options)
            return
        }
        if SanitizerPolicy.droppedWithContent.contains(name) {
            node.removeAndFree()
            return
        }
        if SanitizerPolicy.media.contains(name) { takeFirstSource(node, options: options) }
        clean(children: node, options: options)
        guard SanitizerPolicy.allowedElements.contains(name) else {
            node.unwrap()
            return
        }
        if name == "td" || name == "th" { alignmentAsClass(node) }
        cleanAttributes(of: node, name: name)
        if name == "input" {
            keepDisabledCheckbox(node)
        } else if name == "label" {
            keepLabel(node)
        } else if SanitizerPolicy.media.contains(name) {
            keepLocalMedia(node, options: options)
        } else if name == "img" {
            guard node.attribute("src") != nil else {
                node.removeAndFree()
                return
            }
            if node.attribute("alt") == nil { node.setAttribute("alt", "") }
            replaceOutsideImage(node, options: options)
        } else if name == "a", let rel = options.linkRel, node.attribute("href") != nil {
            node.setAttribute("rel", rel)
        } else if SanitizerPolicy.scrollable.contains(name) {
            node.setAttribute("tabindex", "0")
        }
    }

    private static func cleanAttributes(of node: xmlNodePtr, name: String) {
        let allowed = SanitizerPolicy.elementAttributes[name] ?? []
        for attribute in node.attributeNames {
            let lowered = attribute.lowercased()
            guard SanitizerPolicy.globalAttributes.contains(lowered) || allowed.contains(lowered) else {
                node.removeAttribute(attribute)
                continue
            }
            let value = node.attribute(attribute) ?? ""
            if SanitizerPolicy.urlAttributes.contains(lowered),
               !SanitizerPolicy.isSafeURL(value, isImageSource: name == "img" && lowered == "src") {
                node.removeAttribute(attribute)
            } else if lowered == "class", !SanitizerPolicy.isAllowedClass(value, element: name) {
                node.removeAttribute(attribute)
            }
        }
    }

    /// An image from another host becomes a link to it, labelled with its alt text.
    private static func replaceOutsideImage(_ image: xmlNodePtr, options: Options) {
        guard let localHost = options.localHost, let source = image.attribute("src"),
              let host = outsideHost(of: source), host != localHost.lowercased() else { return }
        guard let link = xmlNewDocNode(image.pointee.doc, nil, "a", nil) else { return }
        xmlSetProp(link, "href", source)
        if let rel = options.linkRel { xmlSetProp(link, "rel", rel) }
        let alt = image.attribute("alt") ?? ""
        xmlNodeAddContent(link, alt.isEmpty ? source : alt)
        xmlAddPrevSibling(image, link)
        image.removeAndFree()
    }

    /// An embedded player becomes a link to what it played (see `EmbeddedPlayer`), in a paragraph of its own unless it
    /// stands in a paragraph's text; one that plays no web address is dropped with its content.
    private static func replaceEmbeddedPlayer(_ node: xmlNodePtr, options: Options) {
        defer { node.removeAndFree() }
        guard let player = EmbeddedPlayer(node), let link = xmlNewDocNode(node.pointee.doc, nil, "a", nil) else { return }
        xmlSetProp(link, "href", player.url)
        if let rel = options.linkRel { xmlSetProp(link, "rel", rel) }
        xmlNodeAddContent(link, player.label)
        let parent = node.pointee.parent.flatMap { $0.isElement ? $0.name : nil } ?? "body"
        guard SanitizerPolicy.flowContainers.contains(parent), let paragraph = xmlNewDocNode(node.pointee.doc, nil, "p", nil) else {
            xmlAddPrevSibling(node, link)
            return
        }
        xmlAddChild(paragraph, link)
        xmlAddPrevSibling(node, paragraph)
    }

    /// The lowercased host of an absolute or scheme-relative URL, nil for a relative one.
    static func outsideHost(of url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") else { return nil }
        return URLComponents(string: trimmed)?.host?.lowercased() ?? ""
    }
}
