/// `moderation.desk`: what a signed-in moderator sees and the forms they act with.
struct ModerationDeskValues: Encodable, Hashable, Sendable {
    /// "Signed in as claire, for every post" (or a member's posts).
    var signedInAs: String
    var notice: String
    var csrf: String
    var decideURL: String
    var dismissURL: String
    var signOutURL: String
    /// The filters' form (GET `/moderate`).
    var filterURL: String
    /// The member filter, when there is a choice (a site-wide moderator).
    var memberOptions: [FilterOption]
    var postOptions: [FilterOption]
    /// The filters applied, carried by the decision forms so that the moderator comes back to the same list.
    var memberFilter: String
    var postFilter: String
    var items: [ModerationEntry]
    var removals: [ModerationRemovalEntry]
}
