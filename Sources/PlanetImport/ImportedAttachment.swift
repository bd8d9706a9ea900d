/// A file of the old blog that an export lists (a WordPress attachment).
public struct ImportedAttachment: Sendable, Hashable {
    public var url: String
    /// The id of the item it was uploaded to, empty when none.
    public var parentID: String

    public init(url: String, parentID: String) {
        self.url = url
        self.parentID = parentID
    }
}
