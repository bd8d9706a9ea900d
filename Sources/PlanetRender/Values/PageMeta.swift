/// `page`: the document's title, description, canonical address, Open Graph values and feeds, and which
/// navigation item it is or is under (`nav_home`, ...: true, else absent), with the `aria-current` value that says
/// which (`nav_current`: `page` on the item's own page, `true` on a page under it); `noindex` (true, else absent)
/// on pages that search engines should leave out; `fediverse_creator` on the posts of members with `fediverse:`.
struct PageMeta: Encodable, Hashable, Sendable {
    /// The navigation items a page can be.
    enum Navigation: Sendable {
        case home, authors, tags, hashtags, archives
    }

    var title: String
    var heading: String
    var description: String
    var urlAbs: String
    var ogType: String
    var ogImageAbs: String
    var feeds: [TitledLink]
    var navHome: Bool?
    var navAuthors: Bool?
    var navTags: Bool?
    var navHashtags: Bool?
    var navArchives: Bool?
    var navCurrent: String?
    var noindex: Bool?
    /// On a member's post, their Mastodon account (`@claire@piaille.fr`) for `<meta name="fediverse:creator">`.
    var fediverseCreator: String?

    /// `navigation` is the item whose own page this is, or else `section`, the item this page is under (a tag
    /// page is under the tags, a member's page and their posts under the members).
    init(title: String, heading: String, description: String, urlAbs: String, ogType: String, ogImageAbs: String,
         feeds: [TitledLink], navigation: Navigation?, section: Navigation? = nil, noindex: Bool = false) {
        self.title = title
        self.heading = heading
        self.description = description
        self.urlAbs = urlAbs
        self.ogType = ogType
        self.ogImageAbs = ogImageAbs
        self.feeds = feeds
        self.noindex = noindex ? true : nil
        navCurrent = navigation != nil ? "page" : section != nil ? "true" : nil
        switch navigation ?? section {
        case .home?: navHome = true
        case .authors?: navAuthors = true
        case .tags?: navTags = true
        case .hashtags?: navHashtags = true
        case .archives?: navArchives = true
        case nil: break
        }
    }
}
