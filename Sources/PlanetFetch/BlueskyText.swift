import Foundation
import PlanetXML

/// A Bluesky post's text as HTML: paragraphs and line breaks, and its facets (byte ranges of the UTF-8 text) as
/// links: a link to its URI, a mention to the profile, a tag to Bluesky's search. Every text is escaped.
enum BlueskyText {
    static func html(_ text: String, facets: [BlueskyThread.Facet]) -> String {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var position = 0
        for facet in facets.sorted(by: { $0.index.byteStart < $1.index.byteStart }) {
            let start = facet.index.byteStart
            let end = facet.index.byteEnd
            guard start >= position, start < end, end <= bytes.count,
                  let target = facet.features.lazy.compactMap(Self.target).first else { continue }
            pieces.append(escaped(bytes[position..<start]))
            pieces.append("<a href=\"\(HTMLText.escaped(target))\">\(escaped(bytes[start..<end]))</a>")
            position = end
        }
        pieces.append(escaped(bytes[position...]))
        let joined = pieces.joined()
        let paragraphs = joined.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        return paragraphs.map { "<p>" + $0.replacingOccurrences(of: "\n", with: "<br>") + "</p>" }.joined()
    }

    private static func target(_ feature: BlueskyThread.Facet.Feature) -> String? {
        switch feature.type {
        case "app.bsky.richtext.facet#link": feature.uri
        case "app.bsky.richtext.facet#mention": feature.did.map { "https://bsky.app/profile/\($0)" }
        case "app.bsky.richtext.facet#tag":
            feature.tag.flatMap { $0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) }.map { "https://bsky.app/hashtag/\($0)" }
        default: nil
        }
    }

    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        HTMLText.escaped(String(decoding: bytes, as: UTF8.self))
    }
}
