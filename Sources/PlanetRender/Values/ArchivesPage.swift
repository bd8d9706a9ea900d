/// `archives`: every year with its months and counts (`/archives/`).
struct ArchivesPage: Encodable, Hashable, Sendable {
    var years: [ArchivePeriod]
}
