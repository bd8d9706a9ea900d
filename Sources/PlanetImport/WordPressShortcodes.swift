import Foundation
import PlanetXML

/// WordPress's shortcodes as the HTML they stand for: `[caption]` a `<figure>` with its caption, `[gallery]` the list of
/// its images, `[audio]` and `[video]` the media element when its file is found (else a link), `[embed]` a link.
/// `[code]`, `[sourcecode]` and SyntaxHighlighter's `[php]`-like shortcodes a `<pre><code>` block with its language
/// (see `CodeLanguage`), their text's references decoded. `[[x]]` is the text `[x]`. Any other shortcode is left as
/// text and named in `unknown`; a `[gallery]` with no image the export holds gives nothing, and is counted in `emptyGalleries`.
struct WordPressShortcodes {
    /// The blog's attachments, for `[gallery]`.
    let attachments: [String: ImportedAttachment]
    /// The item the text belongs to: a `[gallery]` without `ids` shows its attachments.
    let itemID: String
    /// Whether a media file's URL is found among the copied media.
    let mediaAvailable: (String) -> Bool

    static let known: Set<String> = ["caption", "wp_caption", "gallery", "audio", "video", "embed"]
    private static let enclosing: Set<String> = ["caption", "wp_caption", "embed", "audio", "video"]
    private static var opening: Regex<(Substring, Substring, Substring, Substring, Substring)> {
        /\[(\[?)([A-Za-z][A-Za-z0-9_-]*)((?:\s[^\]]*)?)\](\]?)/
    }

    func expand(_ text: String) -> (html: String, unknown: [String], emptyGalleries: Int) {
        var result = ""
        var unknown: [String] = []
        var emptyGalleries = 0
        var rest = Substring(text)
        while let match = rest.firstMatch(of: Self.opening) {
            result += rest[..<match.range.lowerBound]
            let name = String(match.output.2)
            let lowered = name.lowercased()
            if !match.output.1.isEmpty, !match.output.4.isEmpty {
                result += "[" + name + match.output.3 + "]"
                rest = rest[match.range.upperBound...]
                continue
            }
            let attributes = Self.attributes(String(match.output.3))
            var after = rest[match.range.upperBound...]
            if CodeLanguage.shortcodes.contains(lowered), let close = after.range(of: "[/" + name + "]", options: .caseInsensitive) {
                result += Self.codeBlock(String(after[..<close.lowerBound]), shortcode: lowered, attributes: attributes)
                rest = after[close.upperBound...]
                continue
            }
            var content = ""
            if Self.enclosing.contains(lowered) || !Self.known.contains(lowered),
               let close = after.range(of: "[/" + name + "]", options: .caseInsensitive) {
                content = String(after[..<close.lowerBound])
                if Self.known.contains(lowered) { after = after[close.upperBound...] }
            }
            guard Self.known.contains(lowered) else {
                if attributes.contains(where: { !$0.key.hasPrefix("#") }) || !content.isEmpty { unknown.append(name) }
                result += match.output.0
                rest = rest[match.range.upperBound...]
                continue
            }
            let expanded = html(lowered, attributes: attributes, content: content)
            if lowered == "gallery", expanded.isEmpty { emptyGalleries += 1 }
            result += expanded
            rest = after
        }
        return (result + rest, unknown, emptyGalleries)
    }

    private func html(_ name: String, attributes: [String: String], content: String) -> String {
        switch name {
        case "caption", "wp_caption":
            guard let media = content.firstMatch(of: /^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/) else { return content }
            let caption = (attributes["caption"] ?? String(media.output.2)).trimmed
            let figcaption = caption.isEmpty ? "" : "<figcaption>" + caption + "</figcaption>"
            return "<figure>" + String(media.output.1) + figcaption + "</figure>"
        case "gallery":
            let ids: [String]
            if let listed = attributes["ids"] {
                ids = listed.split(separator: ",").map { String($0).trimmed }
            } else {
                let own: [String] = attachments.filter { $0.value.parentID == itemID }.map(\.key)
                ids = own.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
            }
            let images = ids.compactMap { attachments[$0]?.url }.filter { !$0.isEmpty }
            guard !images.isEmpty else { return "" }
            let items: [String] = images.map { url in "<li><img src=\"" + HTMLText.escaped(url) + "\" alt=\"\"></li>" }
            return "<ul>" + items.joined() + "</ul>"
        case "audio", "video":
            let keys = ["src", "mp3", "m4a", "ogg", "oga", "wav", "flac", "mp4", "m4v", "webm", "ogv", "mov"]
            let url = (keys.compactMap { attributes[$0] }.first ?? content).trimmed
            guard !url.isEmpty else { return "" }
            if mediaAvailable(url) {
                return "<p><\(name) controls src=\"" + HTMLText.escaped(url) + "\"></\(name)></p>"
            }
            return Self.link(url)
        default:
            let url = content.trimmed
            return url.isEmpty ? "" : Self.link(url)
        }
    }

    /// A code shortcode's text as a `<pre><code>` block apart from the paragraphs around it: its first and last blank
    /// lines dropped, its indentation kept, the references an editor wrote (`&lt;`) decoded and the text escaped anew.
    static func codeBlock(_ content: String, shortcode: String, attributes: [String: String]) -> String {
        let named = attributes["language"] ?? attributes["lang"] ?? attributes["brush"]
        let language = CodeLanguage.fenceLanguage(named ?? (["code", "sourcecode", "source"].contains(shortcode) ? "" : shortcode))
        var lines = HTMLEntities.decoded(content).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        let code = lines.map { String($0.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed()) }
        let attribute = language.isEmpty ? "" : " class=\"language-" + language + "\""
        return "\n\n<pre><code" + attribute + ">" + HTMLText.escaped(code.joined(separator: "\n")) + "</code></pre>\n\n"
    }

    private static func link(_ url: String) -> String {
        "<p><a href=\"" + HTMLText.escaped(url) + "\">" + HTMLText.escaped(url) + "</a></p>"
    }

    /// `key="value"`, `key='value'` and `key=value`; a bare word is kept under `#<position>`.
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var position = 0
        for match in text.matches(of: /([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|(\S+)/) {
            if let key = match.output.1 {
                result[key.lowercased()] = String(match.output.2 ?? match.output.3 ?? match.output.4 ?? "")
            } else {
                result["#\(position)"] = String(match.output.5 ?? match.output.6 ?? "")
                position += 1
            }
        }
        return result
    }
}
