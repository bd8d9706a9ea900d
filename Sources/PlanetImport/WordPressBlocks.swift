import Foundation
import PlanetXML

/// Gutenberg's embed blocks (`<!-- wp:embed -->`: a `<figure class="wp-block-embed">` around the bare URL of a video or
/// a post elsewhere, which WordPress turned into a player) as a link to that URL, as `[embed]` becomes one.
enum WordPressBlocks {
    /// SyntaxHighlighter's code block (`<!-- wp:syntaxhighlighter/code {"language":"php"} -->` and its `<pre>`) as
    /// the `<pre class="brush: php">` its shortcodes make, whose language the block's comment alone holds.
    static func namingCodeLanguages(_ html: String) -> String {
        guard html.contains("wp:syntaxhighlighter/code") else { return html }
        let block = /<!--\s*wp:syntaxhighlighter\/code\s*(\{[^}]*\})?\s*-->\s*<pre\s+class="wp-block-syntaxhighlighter-code"\s*>/
        return html.replacing(block) { match in
            let language = match.output.1.flatMap { $0.firstMatch(of: /"language"\s*:\s*"([A-Za-z0-9_+#-]+)"/) }.map { String($0.output.1) }
            return language.map { "<pre class=\"brush: " + $0 + "\">" } ?? "<pre>"
        }
    }

    static func linkingEmbeds(_ html: String) -> String {
        guard html.contains("wp-block-embed") else { return html }
        let embed = /<figure[^>]*\bwp-block-embed\b[^>]*>\s*<div[^>]*wp-block-embed__wrapper[^>]*>\s*(https?:\/\/[^\s<"]+)\s*<\/div>(?:\s*<figcaption[^>]*>([\s\S]*?)<\/figcaption>)?\s*<\/figure>/
        return html.replacing(embed) { match in
            let url = HTMLText.escaped(String(match.output.1))
            let caption = match.output.2.map { "<p>" + $0 + "</p>" } ?? ""
            return "<p><a href=\"" + url + "\">" + url + "</a></p>" + caption
        }
    }

    /// WordPress 6.3's footnotes, which it keeps apart (the `footnotes` post meta: `[{"content": "…", "id": "…"}]`) and
    /// shows in place of `<!-- wp:footnotes /-->`, as the list it shows: each note's `id` kept for the text's links to
    /// it, and a link back to the reference. Appended when the block's marker is missing.
    static func withFootnotes(_ html: String, meta: String) -> String {
        guard let data = meta.data(using: .utf8),
              let notes = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]], !notes.isEmpty else { return html }
        let items = notes.compactMap { note -> String? in
            guard let id = note["id"] as? String, !id.isEmpty else { return nil }
            let content = note["content"] as? String ?? ""
            let escaped = HTMLText.escaped(id)
            return "<li id=\"" + escaped + "\">" + content + " <a href=\"#" + escaped + "-link\">↩︎</a></li>"
        }
        guard !items.isEmpty else { return html }
        let list = "<ol class=\"wp-block-footnotes\">" + items.joined() + "</ol>"
        let marker = /<!--\s*wp:footnotes\s*(?:\{[^}]*\})?\s*\/-->/
        return html.firstMatch(of: marker) != nil ? html.replacing(marker, maxReplacements: 1) { _ in list } : html + "\n" + list
    }
}
