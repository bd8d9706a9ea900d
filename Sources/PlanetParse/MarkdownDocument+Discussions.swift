import PlanetCore

extension MarkdownDocument {
    /// The `discussion` field: Mastodon or Bluesky post addresses, each reported where written when it names
    /// neither (it is then left out) or is listed twice.
    mutating func discussions() -> [Discussion] {
        var discussions: [Discussion] = []
        for (text, line, column) in fields.locatedStringList("discussion") {
            let url = text.trimmingCharacters(in: .whitespaces)
            if let discussion = Discussion.parse(url) {
                if discussions.contains(where: { $0.network == discussion.network && $0.origin == discussion.origin && $0.postID == discussion.postID }) {
                    diagnosticsOfAliases.append(source.warning("discussion `\(url)` is listed twice", line: line, column: column))
                } else {
                    discussions.append(discussion)
                }
            } else {
                diagnosticsOfAliases.append(source.warning(
                    "discussion `\(url)` is not the address of a Mastodon post (https://instance/@name/123) or a Bluesky post "
                        + "(https://bsky.app/profile/handle/post/key); it is left out",
                    line: line, column: column))
            }
        }
        return discussions
    }
}
