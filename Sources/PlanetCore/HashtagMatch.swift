/// A hashtag found in a text: its name without the `#`, and where it is, in Unicode scalars.
public struct HashtagMatch: Sendable, Hashable {
    /// The name as written, without the hash sign (`Santé` for `#Santé`).
    public var name: String
    /// Offsets in Unicode scalars of the hash sign and of the end of the name.
    public var range: Range<Int>

    public init(name: String, range: Range<Int>) {
        self.name = name
        self.range = range
    }
}
