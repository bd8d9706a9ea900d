/// What a write changed in the published site.
public struct WriteReport: Sendable, Equatable {
    /// Files whose bytes are new or different.
    public var written: Int
    /// Files of the previous site that are gone.
    public var removed: Int

    public init(written: Int, removed: Int) {
        self.written = written
        self.removed = removed
    }
}
