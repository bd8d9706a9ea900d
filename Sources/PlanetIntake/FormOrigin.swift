import PlanetCore

/// Where the comment form may be posted from: the site's pages (`base_url`'s origin) and the service's own answer
/// pages (`comments.intake`'s origin), as `WebOrigin.of` writes origins. A browser tells where a form comes from:
/// an `Origin` must be one of them (`null`, sent from a sandboxed or privacy-minded context, is not); without one,
/// a `Referer` must be; a request with neither comes from a client that is not a browser (or hides both), and is
/// taken. Webmentions, sent by other sites' servers, are not concerned.
enum FormOrigin {
    static func allows(origin: String?, referer: String?, site: SiteKnowledge) -> Bool {
        let allowed = Set([WebOrigin.of(site.baseURL), site.settings.intakeOrigin].compactMap { $0 })
        if let origin { return WebOrigin.of(origin).map(allowed.contains) ?? false }
        if let referer { return WebOrigin.of(referer).map(allowed.contains) ?? false }
        return true
    }
}
