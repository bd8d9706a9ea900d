import PlanetTemplate

/// `archive`: the posts of a year, of a month, or of a member's year (`/archives/2025/`, `/archives/2025/03/`,
/// `/<author>/archives/2025/`), paginated like the river.
struct ArchivePage: Encodable, Hashable, Sendable {
    var archive: Shared<ArchiveDetails>
    var posts: [Shared<PostSummary>]
    var pagination: Pagination?
}
