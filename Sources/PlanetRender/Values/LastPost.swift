/// A member's latest post on the members' page.
struct LastPost: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var dateISO: String
    var dateDisplay: String
}
