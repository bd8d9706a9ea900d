/// A published comment quoted on the intake's reply page: its author, date, address and content.
struct QuotedComment: Encodable, Hashable, Sendable {
    var authorName: String
    var url: String
    var dateISO: String
    var dateDisplay: String
    /// With its links made absolute: the page is served from the intake's origin.
    var contentHTML: String
}
