import Foundation
import PlanetXML

/// Gutenberg's embed blocks (`<!-- wp:embed -->`: a `<figure class="wp-block-embed">` around the bare URL of a video or
/// a post elsewhere, which WordPress turned into a player) as a link to that URL, as `[embed]` becomes one.
enum WordPressBlocks {
    static func linkingEmbeds(_ html: String) -> String {
        guard html.contains("wp-block-embed") else { return html }
        let embed = /<figure[^>]*\bwp-block-embed\b[^>]*>\s*<div[^>]*wp-block-embed__wrapper[^>]*>\s*(https?:\/\/[^\s<"]+)\s*<\/div>(?:\s*<figcaption[^>]*>([\s\S]*?)<\/figcaption>)?\s*<\/figure>/
        return html.replacing(embed) { match in
            let url = HTMLText.escaped(String(match.output.1))
            let caption = match.output.2.map { "<p>" + $0 + "</p>" } ?? ""
            return "<p><a href=\"" + url + "\">" + url + "</a></p>" + caption
        }
    }
}
