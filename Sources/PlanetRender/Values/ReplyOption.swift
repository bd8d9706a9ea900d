/// A comment the form's reader can reply to: its id, how the form names it, and whether it is the one chosen.
struct ReplyOption: Encodable, Hashable, Sendable {
    var value: String
    var label: String
    var selected: Bool
}
