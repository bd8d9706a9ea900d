import PlanetMentions

extension MentionSite {
    /// The posts open to mentions: those of the service's site whose comments are open.
    init(knowledge: SiteKnowledge) {
        let open = knowledge.threads.filter(\.value.commentsOpen).keys.compactMap { key -> MentionPost? in
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            return parts.count == 2 ? MentionPost(author: parts[0], slug: parts[1]) : nil
        }
        self.init(baseURL: knowledge.baseURL, openPosts: Set(open))
    }
}
