import Foundation
import PlanetWrite

/// The one line printed after a successful build.
public enum BuildSummary {
    /// `Built 1,234 pages and 57 feeds from 212 posts by 18 authors in 0.84 s → public/ (3 files changed)`
    public static func line(pages: Int, feeds: Int, posts: Int, authors: Int, seconds: Double, output: String, report: WriteReport) -> String {
        let folder = output.hasSuffix("/") ? output : output + "/"
        let removed = report.removed == 0 ? "" : ", \(report.removed) removed"
        return "Built \(count(pages, "page")) and \(count(feeds, "feed")) from \(count(posts, "post")) by "
            + "\(count(authors, "author")) in \(String(format: "%.2f", seconds)) s → \(folder) "
            + "(\(count(report.written, "file")) changed\(removed))"
    }

    /// `Nothing changed: 1,234 pages and 57 feeds from 212 posts by 18 authors are up to date (checked in 0.03 s) → public/ (0 files changed)`
    public static func upToDate(pages: Int, feeds: Int, posts: Int, authors: Int, seconds: Double, output: String) -> String {
        let folder = output.hasSuffix("/") ? output : output + "/"
        return "Nothing changed: \(count(pages, "page")) and \(count(feeds, "feed")) from \(count(posts, "post")) by "
            + "\(count(authors, "author")) are up to date (checked in \(String(format: "%.2f", seconds)) s) → \(folder) (0 files changed)"
    }

    /// `1,234 pages`: the messages are English, so digits are grouped by three with a comma, whatever the
    /// machine's locale.
    public static func count(_ value: Int, _ noun: String) -> String {
        let digits = String(value.magnitude)
        var grouped = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "\(grouped) \(noun)\(value == 1 ? "" : "s")"
    }
}
