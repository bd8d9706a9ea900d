import Foundation
import PlanetCore
import PlanetFiles
import PlanetParse
import PlanetXML

/// Turns a post's fetched replies into its comment files, `comments/<member>/<slug>/`, all `status: pending`:
/// a new reply is a new file; a reply whose text changed since is written again, pending (an approved one thus
/// waits for a moderator again: the edit is proposed); a reply gone upstream is removed when it was still pending,
/// or marked `upstream: deleted` (hidden, and proposed for removal) when it was approved. A file marked spam is
/// left alone. Nothing is written when nothing changed; an approved reply whose avatar alone changed is left as it
/// is.
public struct ReplyFiles {
    public struct Counts: Sendable, Hashable {
        public var new = 0
        public var edited = 0
        public var removed = 0
    }

    /// `comments/<member>/<slug>` in the site folder.
    let folder: URL
    /// Existing reply files by their `source`.
    private var existing: [String: (id: String, text: String)] = [:]

    public init(site: URL, authorID: String, slug: String) {
        folder = site.appendingPathComponent("comments").appendingPathComponent(authorID).appendingPathComponent(slug)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8), let fields = CommentFileEdit.fields(of: text),
                  fields.contains(where: { $0.key == "kind" && $0.value == "reply" }),
                  let source = fields.first(where: { $0.key == "source" })?.value else { continue }
            existing[source] = (String(name.dropLast(3)), text)
        }
    }

    /// Writes the replies of one discussion; `previous` are the addresses its replies had at the last read.
    public mutating func apply(_ replies: [FetchedReply], previous: [String], counts: inout Counts) throws {
        var fileIDs: [String: String] = [:]
        for reply in replies {
            fileIDs[reply.id] = existing[reply.url]?.id ?? Self.fileID(for: reply)
        }
        for reply in replies {
            let id = fileIDs[reply.id]!
            let text = try Self.text(of: reply, replyTo: reply.parentID.flatMap { fileIDs[$0] })
            guard let old = existing[reply.url] else {
                try write(text, id: id)
                existing[reply.url] = (id, text)
                counts.new += 1
                continue
            }
            let status = Self.status(of: old.text)
            let asPending = try? CommentFileEdit.settingStatus(.pending, in: old.text)
            guard status != CommentStatus.spam.rawValue, asPending != text else { continue }
            if status == nil {
                // Approved: a new avatar alone (or one that could not be copied this time) changes nothing; the
                // avatar follows the words' next edit, which a moderator reads.
                var same = reply
                same.avatarFile = CommentFileEdit.fields(of: old.text)?.first { $0.key == "avatar" }?.value
                if (try? Self.text(of: same, replyTo: reply.parentID.flatMap { fileIDs[$0] })) == asPending { continue }
            }
            try write(text, id: id)
            existing[reply.url] = (id, text)
            counts.edited += 1
        }
        let current = Set(replies.map(\.url))
        for source in previous where !current.contains(source) {
            guard let old = existing[source] else { continue }
            let status = Self.status(of: old.text)
            if status == CommentStatus.pending.rawValue {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(old.id + ".md"))
                existing[source] = nil
                counts.removed += 1
            } else if status == nil, !old.text.contains("\nupstream: deleted\n") {
                let marked = try CommentFileEdit.settingStatus(.pending, in: old.text)
                    .replacingOccurrences(of: "\nstatus: pending\n", with: "\nupstream: deleted\nstatus: pending\n")
                try write(marked, id: old.id)
                existing[source] = (old.id, marked)
                counts.removed += 1
            }
        }
    }

    /// Removes the avatars in `folder` that no reply file on the member's posts names any more (its reply was
    /// removed, or its author changed it): an avatar stays in the site only while its reply does.
    public static func removeUnusedAvatars(site: URL, authorID: String, folder: URL) {
        guard let stored = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !stored.isEmpty else { return }
        let comments = site.appendingPathComponent("comments").appendingPathComponent(authorID)
        var used: Set<String> = []
        for slug in (try? FileManager.default.contentsOfDirectory(atPath: comments.path)) ?? [] {
            let postFolder = comments.appendingPathComponent(slug)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: postFolder.path)) ?? [] where name.hasSuffix(".md") {
                guard let data = FileManager.default.contents(atPath: postFolder.appendingPathComponent(name).path),
                      let fields = CommentFileEdit.fields(of: String(decoding: data, as: UTF8.self)),
                      let avatar = fields.first(where: { $0.key == "avatar" })?.value else { continue }
                used.insert(avatar)
            }
        }
        for name in stored where !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func write(_ text: String, id: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try DurableFile.write(Data(text.utf8), to: folder.appendingPathComponent(id + ".md").path)
    }

    private static func status(of text: String) -> String? {
        CommentFileEdit.fields(of: text)?.first { $0.key == "status" }?.value
    }

    /// `2025-03-14T18-05-00-mastodon-113456789`: the date, the network and the reply's own id, so that the same
    /// reply always has the same file.
    static func fileID(for reply: FetchedReply) -> String {
        let key = reply.id.split(separator: "/").last.map(String.init) ?? reply.id
        return CommentFile.stem(name: "\(reply.network.rawValue)-\(key)", date: reply.date)
    }

    /// The display name, or the handle when the name is one a comment file cannot hold (too long, no letter).
    static func name(of reply: FetchedReply) -> String {
        let name = reply.authorName.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return name.isEmpty || CommentAuthorName.problem(of: name) != nil ? reply.handle : name
    }

    /// The comment file of a reply: its HTML sanitized, then as Markdown; media as links after it.
    static func text(of reply: FetchedReply, replyTo: String?) throws -> String {
        let clean = HTMLSanitizer.sanitize(reply.contentHTML, options: .init(addHeadingIDs: false))
        var body = HTMLMarkdown.markdown(clean, options: .init(rawHTML: false))
        let media = reply.media.filter { URLRules.isWebURL($0.url) }.map { item in
            let label = item.description.isEmpty ? item.url : item.description
            return "- [\(MarkdownEscape.escaped(label))](<\(item.url)>)"
        }
        if !media.isEmpty { body += (body.isEmpty ? "" : "\n\n") + media.joined(separator: "\n") }
        return try CommentFile.text(
            name: name(of: reply), date: reply.date,
            website: URLRules.isWebURL(reply.profileURL) ? reply.profileURL : nil, replyTo: replyTo, status: .pending, kind: .reply,
            source: reply.url, reply: ReplyDetails(network: reply.network, handle: reply.handle, warning: reply.warning, avatar: reply.avatarFile),
            body: body)
    }
}
