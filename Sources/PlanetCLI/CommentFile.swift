import Foundation
import PlanetCore
import Yams

/// The text and the file name of a new comment file.
enum CommentFile {
    /// Front matter written by Yams (so any name or URL is quoted as YAML needs), then the body.
    static func text(name: String, date: Date, website: String?, member: String?, replyTo: String?, pending: Bool, body: String) throws -> String {
        var pairs: [(Node, Node)] = [
            ("author", Node(name.trimmingCharacters(in: .whitespacesAndNewlines))),
            ("date", Node(RFC3339.string(date))),
        ]
        if let website { pairs.append(("website", Node(website))) }
        if let member { pairs.append(("member", Node(member))) }
        if let replyTo { pairs.append(("reply_to", Node(replyTo))) }
        if pending { pairs.append(("status", "pending")) }
        let yaml = try Yams.serialize(node: Node(pairs), allowUnicode: true)
        let trimmedBody = body.trimmingCharacters(in: .whitespacesAndNewlines)
        return "---\n" + yaml + "---\n" + trimmedBody + "\n"
    }

    /// `2025-03-14T18-05-00-julie-r`: the recommended form, in UTC.
    static func stem(name: String, date: Date) -> String {
        let stamp = RFC3339.string(date).dropLast().replacingOccurrences(of: ":", with: "-")
        let slug = Slug.make(name)
        return slug.isEmpty ? stamp : "\(stamp)-\(slug)"
    }

    /// `<folder>/<stem>.md`, or `<stem>-2.md`, ... when that file exists already.
    static func freePath(in folder: String, stem: String) -> String {
        var candidate = "\(folder)/\(stem).md"
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = "\(folder)/\(stem)-\(counter).md"
        }
        return candidate
    }
}
