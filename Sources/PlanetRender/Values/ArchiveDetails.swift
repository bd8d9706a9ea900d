/// What a page of the date archives says about its period: its count, the way up (`/archives/` from a year,
/// the year from a month, the member from a member's year), and the months of a year.
struct ArchiveDetails: Encodable, Hashable, Sendable {
    var countLabel: String
    var upURL: String
    var upLabel: String
    var months: [ArchivePeriod]
}
