internal import CLibXML2
import Foundation

/// An embedded player or map (`<iframe>`, `<object>`, `<embed>`), or a gist's `<script>`, which no page may load (it
/// would be a request to another site), as the link that takes its place: to what it played, labelled with its `title`
/// or else its host. The sanitizer makes it a link in HTML, `planet import` a link in Markdown.
struct EmbeddedPlayer {
    /// The elements that embed a player (a `<script>` only when it shows a gist).
    static let elements: Set<String> = ["iframe", "object", "embed", "script"]

    /// The absolute `http(s)` address it played (a scheme-relative one taken as `https:`), as a page a browser shows:
    /// a Flash player's `youtube.com/v/ID` as `youtube.com/watch?v=ID`, a gist's script as the gist's page.
    let url: String
    /// Its `title`, whitespace collapsed, or the host of `url`.
    let label: String

    /// The player of `node`, nil when it plays no web address: `src`, or for `<object>` its `data`, its `movie` (or
    /// `src`, `url`) parameter or its inner `<embed>`; for `<script>`, a gist's `src` alone.
    init?(_ node: xmlNodePtr) {
        let candidates: [String?] = switch node.name {
        case "object": [node.attribute("data")] + node.childList.filter(\.isElement).flatMap { child -> [String?] in
            if child.name == "param", ["movie", "src", "url"].contains(child.attribute("name")?.lowercased() ?? "") { return [child.attribute("value")] }
            return child.name == "embed" ? [child.attribute("src")] : []
        }
        default: [node.attribute("src")]
        }
        guard let web = candidates.lazy.compactMap({ $0.flatMap(Self.webURL) }).first,
              let page = node.name == "script" ? Self.gistPage(web) : Self.watchPage(web) else { return nil }
        url = page
        let title = (node.attribute("title") ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        label = title.isEmpty ? URLComponents(string: url)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? url : title
    }

    /// `given`, trimmed, when it is an absolute or scheme-relative `http(s)` address (taken as `https:`).
    private static func webURL(_ given: String) -> String? {
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("//") else { return nil }
        return lowered.hasPrefix("//") ? "https:" + trimmed : trimmed
    }

    /// The page of what a Flash player played (YouTube's `/v/ID`, Vimeo's `moogaloop.swf?clip_id=N`, Dailymotion's
    /// `/swf/ID`); any other address as it is.
    private static func watchPage(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return url }
        let parts = components.path.split(separator: "/").map(String.init)
        let isYouTube = ["youtube.com", "youtube-nocookie.com"].contains { host == $0 || host.hasSuffix("." + $0) }
        if isYouTube, parts.count >= 2, parts[0] == "v" {
            let id = parts[1].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !id.isEmpty { return "https://www.youtube.com/watch?v=" + id }
        }
        if host == "vimeo.com" || host.hasSuffix(".vimeo.com"), parts.last == "moogaloop.swf",
           let clip = components.queryItems?.first(where: { $0.name == "clip_id" })?.value, !clip.isEmpty, clip.allSatisfy(\.isNumber) {
            return "https://vimeo.com/" + clip
        }
        if host == "dailymotion.com" || host.hasSuffix(".dailymotion.com"), parts.count >= 2, parts[0] == "swf" {
            let id = parts[parts.count - 1].prefix { $0.isLetter || $0.isNumber }
            if !id.isEmpty { return "https://www.dailymotion.com/video/" + id }
        }
        return url
    }

    /// A gist's page (`https://gist.github.com/USER/ID`) from the script that shows it (`…/USER/ID.js?file=…`); nil for
    /// any other script.
    private static func gistPage(_ url: String) -> String? {
        guard let components = URLComponents(string: url), components.host?.lowercased() == "gist.github.com",
              components.path.hasSuffix(".js") else { return nil }
        let parts = components.path.dropLast(3).split(separator: "/")
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }) else {
            return nil
        }
        return "https://gist.github.com/" + parts.joined(separator: "/")
    }
}
