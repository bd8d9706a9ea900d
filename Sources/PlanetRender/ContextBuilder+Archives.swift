import PlanetCore

extension ContextBuilder {
    /// The month's name in the site's language (`month_3`: "March", "Mars").
    func monthName(_ month: Int) -> String {
        strings["month_\(month)"]
    }

    /// A year of the archives as a link, with `months` (on `/archives/`).
    func archivePeriod(_ year: DateArchive.Year, months: [ArchivePeriod] = []) -> ArchivePeriod {
        ArchivePeriod(name: String(year.year), url: link(year.path), count: year.postIndices.count,
                      countLabel: strings.plural("posts", count: year.postIndices.count), months: months)
    }

    /// A month of the archives as a link, its name capitalized as a list item ("Mars").
    func archivePeriod(_ month: DateArchive.Month) -> ArchivePeriod {
        ArchivePeriod(name: Self.capitalizingFirstLetter(monthName(month.month)), url: link(month.path), count: month.postIndices.count,
                      countLabel: strings.plural("posts", count: month.postIndices.count), months: [])
    }

    /// A heading or an item that starts with a month's name starts with a capital ("mars 2025" → "Mars 2025").
    static func capitalizingFirstLetter(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The post at `index` as a neighbour of another (previous or next post of the same member).
    func neighbour(_ index: Int) -> NeighbourPost {
        let summary = postSummaries[index]
        return NeighbourPost(title: summary.title, url: summary.url, dateISO: summary.dateISO, dateDisplay: summary.dateDisplay)
    }
}
