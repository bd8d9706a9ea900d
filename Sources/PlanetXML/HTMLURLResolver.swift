internal import CLibXML2
import Foundation
import PlanetCore

/// Rewrites the relative URLs of an HTML fragment into absolute ones, as feeds require.
public enum HTMLURLResolver {
    /// Resolves every `href`, `src` and `cite` of `html` against `base` (an absolute URL, RFC 3986).
    public static func resolve(_ html: String, against base: String) -> String {
        guard mayHoldURLs(html) else { return html }
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        resolve(under: body, base: base)
        return tree.serialized()
    }

    /// Resolves one URL against `base`, or returns it unchanged if it cannot be parsed.
    public static func resolve(url: String, against base: String) -> String {
        LibXML2.ensureInitialized()
        guard let resolved = xmlBuildURI(url, base) else { return url }
        defer { planet_xml_free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `html` can hold a URL attribute at all; most comments hold none, and skip the parse.
    static func mayHoldURLs(_ html: String) -> Bool {
        html.utf8Contains("href=") || html.utf8Contains("src=") || html.utf8Contains("cite=")
    }

    private static func resolve(under node: xmlNodePtr, base: String) {
        for child in node.childList where child.isElement {
            for attribute in ["href", "src", "cite"] {
                if let value = child.attribute(attribute) {
                    child.setAttribute(attribute, resolve(url: value, against: base))
                }
            }
            resolve(under: child, base: base)
        }
    }
}
