/// What the HTML sanitizer lets through: an allowlist of elements and attributes.
enum SanitizerPolicy {
    /// Elements removed together with everything inside them (embedded players become links first: see `EmbeddedPlayer`). `<noscript>` is not among them: the pages run no
    /// script, so its content is what readers should see, and it is unwrapped like any element not allowed.
    static let droppedWithContent: Set<String> = [
        "script", "style", "template", "frame", "frameset", "applet",
        "param", "form", "button", "select", "option", "optgroup", "textarea", "datalist", "keygen",
        "output", "base", "basefont", "meta", "link", "title", "head", "svg", "math", "noembed", "noframes",
        "xmp", "plaintext", "listing", "canvas", "dialog", "portal", "source", "track",
        "marquee", "blink", "bgsound", "xml", "isindex", "slot",
    ]

    /// Elements kept. Any other element is replaced by its content.
    static let allowedElements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd",
        "label", "li", "mark", "meter", "ol", "p", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "section",
        "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var", "video", "wbr",
    ]

    /// Elements whose content may hold paragraphs: an embedded player standing there becomes a paragraph with its link.
    static let flowContainers: Set<String> = [
        "body", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote", "li", "dd", "td", "th",
        "figure", "details",
    ]

    /// Elements that load media: kept only with sources on the site itself, with `controls` and never `autoplay`.
    static let media: Set<String> = ["audio", "video"]

    static let globalAttributes: Set<String> = ["id", "title", "lang", "dir"]

    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang", "class", "name"],
        "img": ["src", "alt", "width", "height", "loading"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "td": ["colspan", "rowspan", "headers", "class"], "th": ["colspan", "rowspan", "headers", "scope", "abbr", "class"],
        "col": ["span"], "colgroup": ["span"],
        "ol": ["start", "reversed", "type"], "li": ["value"],
        "time": ["datetime"], "data": ["value"], "details": ["open"],
        "code": ["class"], "pre": ["class"], "section": ["class"], "sup": ["class"],
        "progress": ["value", "max"], "meter": ["value", "min", "max", "low", "high", "optimum"],
        "video": ["src", "controls", "poster", "width", "height", "loop", "muted", "playsinline", "preload"],
        "audio": ["src", "controls", "loop", "muted", "preload"],
        "input": ["type", "checked", "disabled"],
    ]

    /// Attributes whose value is a URL, checked by `isSafeURL`.
    static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]

    /// Elements that may scroll sideways on a phone; they get `tabindex="0"` so that keyboard users can scroll them.
    static let scrollable: Set<String> = ["pre", "table"]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The values of a table cell's obsolete `align`, which the sanitizer turns into the class `align-<value>`.
    static let alignments: Set<String> = ["left", "center", "right"]

    /// Whether a URL may appear in an attribute: relative, or http, https, mailto or tel;
    /// `data:` only for raster images in `img src`. Browsers ignore ASCII whitespace and control
    /// characters inside a scheme (`java\tscript:`), so those are removed before the check.
    static func isSafeURL(_ value: String, isImageSource: Bool) -> Bool {
        let compact = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let beforeColon = compact[..<colon]
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        let scheme = beforeColon.lowercased()
        switch scheme {
        case "http", "https", "mailto", "tel":
            return true
        case "data":
            guard isImageSource else { return false }
            let mediaType = compact[compact.index(after: colon)...].prefix(while: { $0 != ";" && $0 != "," }).lowercased()
            return ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"].contains(mediaType)
        default:
            return false
        }
    }

    /// `class` is kept only for the `language-*` classes that cmark-gfm puts on code blocks, `hashtag` on the links
    /// planet makes of hashtags, the classes of cmark-gfm's footnotes, and a table cell's alignment (`align-left`...).
    static func isAllowedClass(_ value: String, element: String) -> Bool {
        switch element {
        case "a": return value == "hashtag" || value == "footnote-backref"
        case "section": return value == "footnotes"
        case "sup": return value == "footnote-ref"
        case "td", "th": return alignments.contains(where: { "align-\($0)" == value })
        default: break
        }
        let classes = value.split(separator: " ")
        return !classes.isEmpty && classes.allSatisfy { name in
            name.hasPrefix("language-") && name.dropFirst("language-".count).allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "+" || $0 == "#")
            }
        }
    }
}
