import Foundation
import PlanetWrite

/// The one line printed after a successful build.
public enum BuildSummary {
    /// `Built 1,234 pages, 12 redirects and 57 feeds from 212 posts by 18 authors in 0.84 s → public/ (3 files changed); no errors, 2 warnings`:
    /// the redirects (pages of old addresses) are counted apart, and the warnings when there are some.
    public static func line(
        pages: Int, redirects: Int = 0, feeds: Int, posts: Int, authors: Int, warnings: Int = 0, seconds: Double, output: String,
        report: WriteReport
    ) -> String {
        let folder = output.hasSuffix("/") ? output : output + "/"
        let removed = report.removed == 0 ? "" : ", \(report.removed) removed"
        return "Built \(files(pages: pages, redirects: redirects, feeds: feeds)) from \(count(posts, "post")) by "
            + "\(count(authors, "author")) in \(String(format: "%.2f", seconds)) s → \(folder) "
            + "(\(count(report.written, "file")) changed\(removed))\(warningCount(warnings))"
    }

    /// `Nothing changed: 1,234 pages and 57 feeds from 212 posts by 18 authors are up to date (checked in 0.03 s) → public/ (0 files changed)`,
    /// with the redirects and warnings as in `line`.
    public static func upToDate(
        pages: Int, redirects: Int = 0, feeds: Int, posts: Int, authors: Int, warnings: Int = 0, seconds: Double, output: String
    ) -> String {
        let folder = output.hasSuffix("/") ? output : output + "/"
        return "Nothing changed: \(files(pages: pages, redirects: redirects, feeds: feeds)) from \(count(posts, "post")) by "
            + "\(count(authors, "author")) are up to date (checked in \(String(format: "%.2f", seconds)) s) → \(folder) (0 files changed)"
            + warningCount(warnings)
    }

    /// `12 pages and 3 feeds`, or `12 pages, 2 redirects and 3 feeds`.
    static func files(pages: Int, redirects: Int, feeds: Int) -> String {
        let redirectCount = redirects == 0 ? "" : ", \(count(redirects, "redirect"))"
        return "\(count(pages, "page"))\(redirectCount) and \(count(feeds, "feed"))"
    }

    /// `; no errors, 2 warnings` after a build that warned (its errors, if any, stopped it), else nothing.
    static func warningCount(_ warnings: Int) -> String {
        warnings == 0 ? "" : "; no errors, \(count(warnings, "warning"))"
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
