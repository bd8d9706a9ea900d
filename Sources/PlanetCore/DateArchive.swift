import Foundation

/// The posts by year and by month, in the site's time zone: the date archives (`/archives/`,
/// `/archives/<year>/`, `/archives/<year>/<month>/`). Years and months newest first; the posts of each
/// newest first, as indices into `Site.posts`.
public struct DateArchive: Sendable, Hashable {
    /// One month of one year, with its posts.
    public struct Month: Sendable, Hashable {
        public var year: Int
        /// 1...12.
        public var month: Int
        public var postIndices: [Int]

        /// `/archives/2025/03/`.
        public var path: String { String(format: "/archives/%04d/%02d/", year, month) }
    }

    /// One year, with its months and posts.
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var months: [Month]
        public var postIndices: [Int]

        /// `/archives/2025/`.
        public var path: String { String(format: "/archives/%04d/", year) }
    }

    public static let path = "/archives/"

    public var years: [Year]

    /// Groups `posts`, or only those at `indices` (a member's), by the year and month of their `date` in `timeZone`.
    public init(posts: [Post], indices: [Int]? = nil, timeZone: TimeZone) {
        let dated = (indices ?? Array(posts.indices)).map { (index: $0, date: posts[$0].date) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var years: [Year] = []
        for (index, date) in dated.sorted(by: { $0.date != $1.date ? $0.date > $1.date : $0.index < $1.index }) {
            let parts = calendar.dateComponents([.year, .month], from: date)
            let year = parts.year ?? 1, month = parts.month ?? 1
            if years.last?.year != year { years.append(Year(year: year, months: [], postIndices: [])) }
            years[years.count - 1].postIndices.append(index)
            if years[years.count - 1].months.last?.month != month {
                years[years.count - 1].months.append(Month(year: year, month: month, postIndices: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].postIndices.append(index)
        }
        self.years = years
    }
}
