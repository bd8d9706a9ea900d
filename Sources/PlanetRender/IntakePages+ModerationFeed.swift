import Foundation
import PlanetCore
import PlanetXML

/// A moderator's private Atom feed of the pending items they see (`/moderate/feed/<secret>`), written with
/// libxml2's writer: one entry per item, its text as text, its link into the moderation view.
extension IntakePages {
    /// The feed of `items`; `intake` is the intake's address (without a trailing slash), `updated` the feed's date
    /// when nothing is pending.
    public func moderationFeed(_ items: [ModerationItem], intake: String, updated: Date) -> String {
        let strings = context.strings
        let writer = XMLWriter()
        writer.startElement("feed", namespace: "http://www.w3.org/2005/Atom")
        writer.attribute("xml:lang", context.site.config.language)
        writer.element("id", intake + "/moderate")
        writer.element("title", "\(strings["moderation_desk_title"]): \(context.site.config.title)", attributes: ["type": "text"])
        let newest = items.compactMap(\.date).max() ?? updated
        writer.element("updated", RFC3339.string(newest))
        writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": intake + "/moderate"])
        writer.startElement("author")
        writer.element("name", context.site.config.title)
        writer.endElement()
        writer.element("generator", "planet")
        for item in items {
            let title = postTitle(item.place.post)
            let link = "\(intake)/moderate?post=\(Self.queryValue(item.place.post))#\(Self.anchor(item.place))"
            writer.startElement("entry")
            writer.element("id", link)
            writer.element("title", item.kind == "comment"
                ? strings.format("moderation_comment_heading", ["name": item.authorName, "title": title])
                : strings.format("moderation_mention_heading", ["title": title]), attributes: ["type": "text"])
            writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": link])
            writer.element("updated", RFC3339.string(item.date ?? newest))
            if !item.authorName.isEmpty {
                writer.startElement("author")
                writer.element("name", item.authorName)
                writer.endElement()
            }
            writer.element("content", item.body.isEmpty ? item.source ?? "" : item.body, attributes: ["type": "text"])
            writer.endElement()
        }
        writer.endElement()
        return writer.finish()
    }
}
