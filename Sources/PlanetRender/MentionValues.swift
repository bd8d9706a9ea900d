import Foundation
import PlanetCore

/// A post's `mentions` (published `kind: mention` files), oldest first (see themes/default/README.md).
enum MentionValues {
    static func build(_ mentions: [Comment], context: ContextBuilder) -> [MentionEntry] {
        mentions.map { mention in
            MentionEntry(
                anchor: "mention-\(mention.id)", url: mention.source,
                title: mention.title.isEmpty ? (URLComponents(string: mention.source)?.host ?? mention.source) : mention.title,
                authorName: mention.authorName, dateISO: RFC3339.string(mention.date), dateDisplay: context.dates.date(mention.date),
                contentHTML: mention.contentHTML)
        }
    }
}
