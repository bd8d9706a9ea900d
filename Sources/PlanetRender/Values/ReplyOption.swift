/// A comment the form's reader can reply to: its id and how the form names it.
struct ReplyOption: Encodable, Hashable, Sendable {
    var value: String
    var label: String
}
