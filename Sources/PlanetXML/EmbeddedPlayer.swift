internal import CLibXML2
import Foundation

/// An embedded player or map (`<iframe>`, `<object>`, `<embed>`), which no page may load (it would be a request to
/// another site), as the link that takes its place: to what it played, labelled with its `title` or else its host.
/// The sanitizer makes it a link in HTML, `planet import` a link in Markdown.
struct EmbeddedPlayer {
    /// The elements that embed a player.
    static let elements: Set<String> = ["iframe", "object", "embed"]

    /// The absolute `http(s)` address it played (a scheme-relative one taken as `https:`).
    let url: String
    /// Its `title`, whitespace collapsed, or the host of `url`.
    let label: String

    /// The player of `node`, nil when it plays no web address (`src`, or `data` of `<object>`).
    init?(_ node: xmlNodePtr) {
        guard let given = (node.attribute("src") ?? node.attribute("data"))?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        let lowered = given.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("//") else { return nil }
        url = lowered.hasPrefix("//") ? "https:" + given : given
        let title = (node.attribute("title") ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        label = title.isEmpty ? URLComponents(string: url)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? url : title
    }
}
