/// A function applied to a value in a tag, as in `{{^empty(tags)}}` or `{{#first()}}`, with swift-mustache's
/// meaning (its "transforms"), so that themes written for it render the same.
enum TemplateFunction: String, Sendable {
    /// True when a string, list or object is empty; nothing (a miss) for other values.
    case empty
    /// Inside a list's section with no argument, `first()`: true on the first item. On a list: its first item.
    case first
    /// Inside a list's section with no argument, `last()`: true on the last item. On a list: its last item.
    case last

    /// The function applied to `value`; nil where it does not apply (a miss, like a missing name).
    func apply(to value: TemplateValue) -> TemplateValue? {
        switch (self, value) {
        case (.empty, .string(let string)): .bool(string.isEmpty)
        case (.empty, .list(let list)): .bool(list.isEmpty)
        case (.empty, .object(let object)): .bool(object.keys.isEmpty)
        case (.first, .list(let list)): list.first
        case (.last, .list(let list)): list.last
        default: nil
        }
    }

    /// The function applied to the position in the list being iterated: only `first()` and `last()` apply.
    func apply(to position: SequencePosition) -> TemplateValue? {
        switch self {
        case .first: .bool(position.isFirst)
        case .last: .bool(position.isLast)
        case .empty: nil
        }
    }
}
