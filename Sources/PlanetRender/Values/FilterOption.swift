/// A choice of a `<select>` filter of the moderation view.
struct FilterOption: Encodable, Hashable, Sendable {
    var value: String
    var label: String
    var selected: Bool
}
