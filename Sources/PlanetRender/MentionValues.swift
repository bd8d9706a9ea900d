import Foundation
import PlanetCore

/// A post's `mentions` (published `kind: mention` files), as template values (see themes/default/README.md):
/// `{anchor, url, title, author_name, date_iso, date_display, content_html}`, oldest first.
enum MentionValues {
    static func build(_ mentions: [Comment], context: ContextBuilder) -> [[String: Any]] {
        mentions.map { mention in
            [
                "anchor": "mention-\(mention.id)",
                "url": mention.source,
                "title": mention.title.isEmpty ? (URLComponents(string: mention.source)?.host ?? mention.source) : mention.title,
                "author_name": mention.authorName,
                "date_iso": RFC3339.string(mention.date),
                "date_display": context.dates.date(mention.date),
                "content_html": mention.contentHTML,
            ]
        }
    }
}
