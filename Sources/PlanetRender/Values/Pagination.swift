/// `pagination` of a list of more than one page: "Page 2 sur 5", and the neighbours' addresses (or empty).
struct Pagination: Encodable, Hashable, Sendable {
    var current: Int
    var total: Int
    var prevURL: String
    var nextURL: String
    var label: String
}
