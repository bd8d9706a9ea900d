/// What a search is narrowed to: a member (id), a tag (grouping key), a year; empty or 0 for any.
public struct SearchFilter: Sendable, Hashable {
    public var memberID: String
    public var tagKey: String
    public var year: Int

    public init(memberID: String = "", tagKey: String = "", year: Int = 0) {
        self.memberID = memberID
        self.tagKey = tagKey
        self.year = year
    }
}
