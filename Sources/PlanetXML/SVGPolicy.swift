internal import CLibXML2
import Foundation

/// What the SVG sanitizer lets through: SVG's drawing, text, paint and filter elements, and attributes
/// that run nothing and load nothing from another host.
enum SVGPolicy {
    static let allowedElements: Set<String> = [
        "svg", "g", "defs", "desc", "title", "metadata", "symbol", "use", "switch", "image", "path", "rect", "circle",
        "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "a", "marker", "pattern", "clipPath",
        "mask", "linearGradient", "radialGradient", "stop", "filter", "style", "view", "foreignObject",
        "animate", "animateMotion", "animateTransform", "set", "mpath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ]

    static let animations: Set<String> = ["animate", "animateMotion", "animateTransform", "set"]

    /// Why an animation must go: it sets a link, an event handler or a `javascript:` value.
    static func unsafeAnimation(_ node: xmlNodePtr) -> String? {
        let target = (node.attribute("attributeName") ?? "").lowercased()
        if target.hasSuffix("href") || target.hasPrefix("on") { return "an animation of \(target)" }
        for key in ["to", "from", "values", "by"] {
            if let value = node.attribute(key), !SanitizerPolicy.isSafeURL(value, isImageSource: false) {
                return "an animation to `\(value.prefix(40))`"
            }
        }
        return nil
    }

    /// Why an attribute must go, nil when it may stay.
    static func unsafeAttribute(_ name: String, value: String, element: String) -> String? {
        let lowered = name.lowercased()
        if lowered.hasPrefix("on") { return "an event handler \(name)=" }
        if lowered == "base" { return "an xml:base" }
        if lowered == "href" {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            let image = element == "image" || element == "feImage"
            if trimmed.hasPrefix("#") { return nil }
            if !SanitizerPolicy.isSafeURL(trimmed, isImageSource: image) || isOutside(trimmed) {
                return "a link or resource `\(trimmed.prefix(60))`"
            }
        }
        if loadsOutsideResource(value) { return "an outside resource in \(name)=" }
        return nil
    }

    /// An absolute or scheme-relative URL: a request to another host, or a link out of the image.
    static func isOutside(_ url: String) -> Bool {
        let compact = url.lowercased().filter { !$0.isWhitespace }
        return compact.hasPrefix("//") || compact.hasPrefix("\\\\") || compact.hasPrefix("/\\") || compact.hasPrefix("\\/")
            || (compact.contains(":") && !compact.hasPrefix("data:"))
    }

    /// The size an `<svg>` element gives itself, in whole CSS pixels: its `width` and `height` when both are
    /// plain numbers (or in `px`), else its `viewBox`'s; 0 when neither says.
    static func size(of root: xmlNodePtr) -> (width: Int, height: Int) {
        func pixels(_ value: String?) -> Int? {
            guard var text = value?.trimmingCharacters(in: .whitespaces) else { return nil }
            if text.hasSuffix("px") { text.removeLast(2) }
            guard let number = Double(text), number.isFinite, number >= 1, number <= 100_000 else { return nil }
            return Int(number.rounded())
        }
        if let width = pixels(root.attribute("width")), let height = pixels(root.attribute("height")) { return (width, height) }
        let box = (root.attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if box.count == 4, let width = pixels(box[2]), let height = pixels(box[3]) { return (width, height) }
        return (0, 0)
    }

    static func loadsOutsideResource(_ css: String) -> Bool {
        let compact = css.lowercased().filter { !$0.isWhitespace && $0 != "'" && $0 != "\"" && $0 != "\\" }
        return compact.contains("@import") || compact.contains("url(http") || compact.contains("url(//")
            || compact.contains("url(javascript") || compact.contains("url(data:text") || compact.contains("url(data:image/svg")
    }
}
