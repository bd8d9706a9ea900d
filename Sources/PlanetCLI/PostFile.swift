import Foundation
import PlanetCore
import PlanetParse
import Yams

/// The text and the file name of a new post, for `planet new post` and `planet new site`.
enum PostFile {
    /// `authors/<id>/posts/<yyyy-mm-dd>-<slug>.md`, dated in the site's time zone.
    static func path(author: String, slug: String, date: Date, timeZone: TimeZone) -> String {
        "authors/\(author)/posts/\(stamp(date, timeZone: timeZone, format: "yyyy-MM-dd"))-\(slug).md"
    }

    /// Front matter written by Yams (so any title is quoted as YAML needs), then the body.
    static func text(title: String, date: Date, timeZone: TimeZone, tags: [String], body: String) throws -> String {
        let pairs: [(Node, Node)] = [
            ("title", Node(title)),
            ("date", Node(stamp(date, timeZone: timeZone, format: "yyyy-MM-dd HH:mm"))),
            ("tags", Node(tags.map { Node($0) })),
        ]
        let yaml = try Yams.serialize(node: Node(pairs), allowUnicode: true)
        return "---\n" + yaml + "---\n\n" + body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// A date as the site's members read it, in its time zone, whatever the machine's.
    static func stamp(_ date: Date, timeZone: TimeZone, format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}
