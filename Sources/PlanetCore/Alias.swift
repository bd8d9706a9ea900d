import Foundation

/// An old address of a post or page (`aliases:` in its front matter), as a site path: `/2019/05/06/old-title.html`, `/old/`.
public struct Alias: Sendable, Hashable {
    /// The path as written, starting with `/`.
    public var path: String
    /// Where it is written in the source file.
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The file that serves the path, percent-decoded as servers look it up: `/old.html` → `old.html`, `/old/` and
    /// `/old` → `old/index.html`, `/caf%C3%A9/` → `café/index.html`. `basePath` (the site's, `/planete`) is taken off
    /// first; nil when the path is not under it.
    public func outputPath(basePath: String) -> String? {
        var relative = Substring(path.removingPercentEncoding ?? path)
        var basePath = Substring(basePath)
        while basePath.hasSuffix("/") { basePath.removeLast() }
        if !basePath.isEmpty {
            guard relative.hasPrefix(basePath + "/") else { return nil }
            relative = relative.dropFirst(basePath.count)
        }
        relative = relative.drop { $0 == "/" }
        guard !relative.isEmpty else { return nil }
        if relative.hasSuffix(".html") { return String(relative) }
        return relative.hasSuffix("/") ? relative + "index.html" : relative + "/index.html"
    }

    /// Why `path` cannot be an alias, or nil: it must start with `/`; percent-decoded, hold only letters, digits,
    /// marks and `-._~/+`, and beyond ASCII punctuation and symbols too (a blog's `l’or`, `«…»`), never spaces, controls
    /// nor invisible formatting (an encoded `/` or `\` is refused); and have no empty, `.` or `..` segment.
    public static func problem(with path: String) -> String? {
        guard path.hasPrefix("/") else { return "an alias is a path of the site, starting with `/`" }
        let lowered = path.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), let decoded = path.removingPercentEncoding else {
            return "an alias's percent-encoding must be valid UTF-8, and encode neither `/` nor `\\`"
        }
        guard decoded.unicodeScalars.allSatisfy(isAllowed) else {
            return "an alias may hold only letters, digits and `-._~/+` (percent-encoded or not)"
        }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let inner = decoded.hasSuffix("/") ? segments.dropLast() : segments[...]
        guard !inner.isEmpty, inner.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            return "an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself"
        }
        return nil
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "/", "+": return true
        default:
            guard !scalar.isASCII else { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil || [
                .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation, .dashPunctuation, .openPunctuation,
                .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                .modifierSymbol, .otherSymbol,
            ].contains(properties.generalCategory)
        }
    }
}
