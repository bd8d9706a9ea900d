/// Top-level URL names that planet itself uses, so no member id or page name may take them.
public enum ReservedNames {
    public static let topLevel: Set<String> = [
        "tags", "hashtags", "authors", "page", "static", "comments", "feeds", "css", "theme", "themes", "assets",
        "atom.xml", "comments.xml", "sitemap.xml", "robots.txt", "404.html", "index.html", "opml.xml", "search", "letters", "lettres",
        "archives",
    ]

    /// Post slugs that would clash with a member's own URLs (`/<author>/page/2/`, `/<author>/archives/2025/`).
    public static let postSlugs: Set<String> = ["page", "atom.xml", "index.html", "archives"]
}
