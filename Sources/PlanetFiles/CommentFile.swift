import Foundation
import PlanetCore
import Yams

/// The text and the file name of a comment file, as `planet comment new`, `planet intake` and `planet import`
/// write them: the front matter through Yams, then the body. Every text that comes from a person (a name, a URL,
/// an id, a title) is written double-quoted, so that it reads back as the same text whatever it holds (`null`,
/// `~`, `yes`, `: x`, `'a'`...); the date, the kind and the status are planet's own words, written plain.
public enum CommentFile {
    /// The front matter's fields, in the order they are written; `status` is left out when published, `kind`
    /// when a comment. The name and the title are written on one line.
    public static func text(
        name: String, date: Date, website: String? = nil, member: String? = nil, replyTo: String? = nil,
        status: CommentStatus = .published, kind: CommentKind = .comment, source: String? = nil, reply: ReplyDetails? = nil, title: String? = nil,
        body: String
    ) throws -> String {
        var pairs: [(Node, Node)] = [
            ("author", quoted(oneLine(name))),
            ("date", Node(RFC3339.string(date))),
        ]
        if let website { pairs.append(("website", quoted(website))) }
        if let member { pairs.append(("member", quoted(member))) }
        if let replyTo { pairs.append(("reply_to", quoted(replyTo))) }
        if kind != .comment { pairs.append(("kind", Node(kind.rawValue))) }
        if let source { pairs.append(("source", quoted(source))) }
        if let reply {
            pairs.append(("network", Node(reply.network.rawValue)))
            pairs.append(("handle", quoted(oneLine(reply.handle))))
            if !reply.warning.isEmpty { pairs.append(("warning", quoted(oneLine(reply.warning)))) }
            if let avatar = reply.avatar { pairs.append(("avatar", quoted(avatar))) }
            if reply.deletedUpstream { pairs.append(("upstream", Node("deleted"))) }
        }
        if let title { pairs.append(("title", quoted(oneLine(title)))) }
        if status != .published { pairs.append(("status", Node(status.rawValue))) }
        let yaml = try Yams.serialize(node: Node(pairs), allowUnicode: true)
        let trimmedBody = body.trimmingCharacters(in: .whitespacesAndNewlines)
        return "---\n" + yaml + "---\n" + trimmedBody + "\n"
    }

    /// A person's text as a double-quoted scalar: never read as null, a boolean, a number or YAML syntax.
    static func quoted(_ text: String) -> Node {
        Node(text, .implicit, .doubleQuoted)
    }

    /// A name or a title on one line: runs of white space and line breaks become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// `2025-03-14T18-05-00-julie-r`: the recommended form, in UTC.
    public static func stem(name: String, date: Date) -> String {
        let stamp = RFC3339.string(date).dropLast().replacingOccurrences(of: ":", with: "-")
        let slug = Slug.make(name)
        return slug.isEmpty ? stamp : "\(stamp)-\(slug)"
    }

    /// `<folder>/<stem>.md`, or `<stem>-2.md`, ... when that file exists already.
    public static func freePath(in folder: String, stem: String) -> String {
        var candidate = "\(folder)/\(stem).md"
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = "\(folder)/\(stem)-\(counter).md"
        }
        return candidate
    }
}
