/// Another member's post that links to a post ("Réponses de la communauté"), on the post's page.
struct Response: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var dateISO: String
    var dateDisplay: String
    var author: AuthorSummary
    var origin: OriginLink?

    init(_ summary: PostSummary) {
        title = summary.title
        url = summary.url
        dateISO = summary.dateISO
        dateDisplay = summary.dateDisplay
        author = summary.author
        origin = summary.origin
    }
}
