import Foundation
import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    /// `/archives/`: the years, newest first, each with its months and counts.
    func renderArchivesIndex(_ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: DateArchive.path, heading: strings["archives_title"], description: site.config.description,
                                  feeds: [context.siteFeed], navigation: .archives)
        let years = site.archive.years.map { year in
            context.archivePeriod(year, months: year.months.map { context.archivePeriod($0) })
        }
        return page("archives", path: DateArchive.path, common, ArchivesPage(years: years))
    }

    /// `/archives/<year>/`, with links to its months, and `/archives/<year>/<month>/`: their posts, paginated like the river.
    func renderArchiveYear(_ year: DateArchive.Year, _ context: ContextBuilder) -> [OutputFile] {
        let name = String(year.year)
        let details = ArchiveDetails(
            countLabel: strings.plural("posts", count: year.postIndices.count), upURL: context.link(DateArchive.path),
            upLabel: strings["archives_title"], months: year.months.map { context.archivePeriod($0) })
        var files = archivePages(year.postIndices, base: year.path, heading: strings.format("archive_year_title", ["year": name]),
                                 details: details, context: context)
        for month in year.months {
            let heading = ContextBuilder.capitalizingFirstLetter(
                strings.format("archive_month_title", ["month": context.monthName(month.month), "year": name]))
            let monthDetails = ArchiveDetails(
                countLabel: strings.plural("posts", count: month.postIndices.count), upURL: context.link(year.path), upLabel: name, months: [])
            files += archivePages(month.postIndices, base: month.path, heading: heading, details: monthDetails, context: context)
        }
        return files
    }

    /// `/<author>/archives/<year>/`: a member's posts of each year they wrote in.
    func renderAuthorArchives(_ author: Author, _ context: ContextBuilder) -> [OutputFile] {
        let archive = DateArchive(posts: site.posts, indices: site.postsByAuthor[author.id] ?? [], timeZone: site.config.timeZone)
        return archive.years.flatMap { year in
            let details = ArchiveDetails(
                countLabel: strings.plural("posts", count: year.postIndices.count), upURL: context.link("/\(author.id)/"),
                upLabel: author.name, months: [])
            let heading = strings.format("archive_member_title", ["name": author.name, "year": String(year.year)])
            return archivePages(year.postIndices, base: "/\(author.id)\(year.path)", heading: heading, details: details,
                                context: context, section: .authors)
        }
    }

    private func archivePages(
        _ indices: [Int], base: String, heading: String, details: ArchiveDetails, context: ContextBuilder,
        section: PageMeta.Navigation = .archives
    ) -> [OutputFile] {
        let shared = Shared(details)
        return paginated(indices, base: base, context: context) { path, posts, pagination in
            let common = context.base(
                path: path, heading: heading, description: heading, feeds: [context.siteFeed], section: section)
            return page("archive", path: path, common, ArchivePage(archive: shared, posts: posts, pagination: pagination))
        }
    }
}
