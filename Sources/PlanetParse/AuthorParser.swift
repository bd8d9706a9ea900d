import Foundation
import PlanetCore
import PlanetLoad

/// Reads a member's `authors/<id>/author.yaml`.
public enum AuthorParser {
    static let knownKeys: Set<String> = ["name", "bio", "website", "avatar", "links", "feeds", "fediverse", "bluesky"]
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"]

    public static func parse(_ folder: AuthorFolder) -> (Author?, [Diagnostic]) {
        let profilePath = folder.path + "/author.yaml"
        guard isValidID(folder.id) else {
            return (nil, [.error(
                "invalid member id `\(folder.id)`: a member's folder name is made of lowercase ASCII letters, digits, `-` and `_`",
                at: SourceLocation(path: profilePath))])
        }
        guard let file = folder.profile else {
            let what = folder.posts.isEmpty ? "a member's folder" : "the posts of authors/\(folder.id)/posts/"
            return (nil, [.error(
                "missing author.yaml: \(what) need a profile with at least `name: ...`", at: SourceLocation(path: profilePath))])
        }
        let source: SourceText
        switch TextDecoding.decode(path: file.path, bytes: file.bytes) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        guard var fields = YAMLFields(yaml: source.text, firstLine: 1, source: source, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let name = fields.requiredString("name", what: "the member's name as shown on the site")
        let bio = fields.string("bio")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var website = fields.string("website")?.trimmingCharacters(in: .whitespaces) ?? ""
        if !website.isEmpty, !URLRules.isWebURL(website) {
            fields.warning("`website` must be an http or https URL; it is left out", at: "website")
            website = ""
        }
        var avatar = fields.string("avatar")?.trimmingCharacters(in: .whitespaces)
        if let given = avatar {
            let ext = (given as NSString).pathExtension.lowercased()
            if !folder.files.contains(given) {
                fields.error("avatar `\(given)` not found: put the image in \(folder.path)/", at: "avatar")
                avatar = nil
            } else if !imageExtensions.contains(ext) {
                fields.error("avatar `\(given)` is not an image (png, jpg, gif, webp, avif or svg)", at: "avatar")
                avatar = nil
            }
        } else {
            avatar = folder.files.first { ($0 as NSString).deletingPathExtension == "avatar"
                && imageExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
        }
        var links: [AuthorLink] = []
        for entry in fields.mappingList("links") {
            guard let title = entry["title"], let url = entry["url"], URLRules.isLinkURL(url) else {
                fields.warning("each link needs a `title` and an http, https or mailto `url`; one is left out", at: "links")
                continue
            }
            links.append(AuthorLink(title: title, url: url))
        }
        var feeds: [FeedSubscription] = []
        for entry in fields.flexibleList("feeds") {
            guard let url = (entry[""] ?? entry["url"])?.first?.trimmingCharacters(in: .whitespaces), URLRules.isWebURL(url) else {
                fields.error("each feed is an http or https URL, or a mapping with `url`, and optionally `name` and `tags`", at: "feeds")
                continue
            }
            guard !feeds.contains(where: { $0.url == url }) else {
                fields.warning("feed `\(url)` is listed twice", at: "feeds")
                continue
            }
            let name = entry["name"]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            feeds.append(FeedSubscription(url: url, name: name, tags: PostParser.normalizedTags(entry["tags"] ?? [])))
        }
        var fediverse: FediverseAccount?
        if let text = fields.string("fediverse"), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            fediverse = FediverseAccount.parse(text)
            if fediverse == nil {
                fields.warning("`fediverse` must be a Mastodon account such as `@claire@piaille.fr`; it is left out", at: "fediverse")
            }
        }
        var bluesky: String?
        if var text = fields.string("bluesky")?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if text.hasPrefix("@") { text.removeFirst() }
            if BlueskyHandle.isValid(text) {
                bluesky = text.lowercased()
            } else {
                fields.warning("`bluesky` must be a Bluesky handle such as `claire.bsky.social`; it is left out", at: "bluesky")
            }
        }
        fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += fields.diagnostics
        guard let name, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let author = Author(
            id: folder.id, name: name, bio: Typography.apostrophes(bio), website: website, avatarFile: avatar, links: links, feeds: feeds, fediverse: fediverse,
            bluesky: bluesky, sourcePath: file.path)
        return (author, diagnostics)
    }

    /// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "_") else { return false }
        return id.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        }
    }
}
