/// A year or a month of the date archives, as a link: its name ("2025", "Mars"), address and count of posts.
struct ArchivePeriod: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var count: Int
    var countLabel: String
    /// The months of a year, on `/archives/`; empty elsewhere.
    var months: [ArchivePeriod]
}
