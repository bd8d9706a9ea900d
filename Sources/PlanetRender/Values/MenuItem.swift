/// A standalone page in `site.menu`; `current` on that page itself.
struct MenuItem: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var current: Bool
}
