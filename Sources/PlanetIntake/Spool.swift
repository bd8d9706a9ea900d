import Foundation
import PlanetCore
import PlanetFiles
#if canImport(Glibc)
import Glibc
#endif

/// The spool folder, on the intake's host only: pending comments as comment files at their site path
/// (`<spool>/comments/<author>/<slug>/<id>.md`), each written durably before its answer; `approved/` and `spam/`
/// hold the moderators' decisions (`Spool+Moderation`); `.tmp/` holds files being written, `.state/` (mode 0700)
/// the spool's key, the refused messages' fingerprints and what delivery has done (`<id>.pushed`,
/// `<id>.requested`), so that a restart neither loses nor repeats a step.
public struct Spool: Sendable {
    public let folder: String
    /// The spool's own key for the duplicate filter's keyed hashes (`.state/key`, mode 0600).
    public let messageKey: Data

    public init(folder: String) throws {
        self.folder = folder
        for sub in ["comments", ".tmp", ".state", SpoolLayout.approved + "/comments", SpoolLayout.spam + "/comments"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        chmod(folder + "/.state", 0o700)
        messageKey = try IntakeSecrets.key(at: folder + "/.state/key")
        // What a killed write left half done: its name never appeared, so nothing was promised.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder + "/.tmp")) ?? [] {
            try? FileManager.default.removeItem(atPath: folder + "/.tmp/" + name)
        }
    }

    /// Writes an accepted comment as a pending comment file under a free id (not taken in the site nor in the
    /// spool), durably; returns where it is.
    public func write(_ comment: AcceptedComment, takenIDs: Set<String>) throws -> SpooledComment {
        let text = try CommentFile.text(
            name: comment.name, date: comment.date, website: comment.website, replyTo: comment.replyTo, status: .pending,
            body: comment.message)
        let stem = CommentFile.stem(name: comment.name, date: comment.date)
        let postFolder = "\(folder)/comments/\(comment.postAuthorID)/\(comment.postSlug)"
        if !FileManager.default.fileExists(atPath: postFolder) {
            try FileManager.default.createDirectory(atPath: postFolder, withIntermediateDirectories: true)
            DurableFile.syncFolder(postFolder)
            DurableFile.syncFolder((postFolder as NSString).deletingLastPathComponent)
        }
        let temporary = "\(folder)/.tmp/\(UUID().uuidString).md"
        for counter in 1...1000 {
            let id = counter == 1 ? stem : "\(stem)-\(counter)"
            if takenIDs.contains(id) { continue }
            let spooled = SpooledComment(postAuthorID: comment.postAuthorID, postSlug: comment.postSlug, id: id)
            if try DurableFile.create(Data(text.utf8), at: "\(folder)/\(spooled.path)", through: temporary) { return spooled }
        }
        throw DurableFile.Failure.notWritten(path: postFolder + "/" + stem, reason: "no free name")
    }

    /// Moves `comment` to the next free id (`<id>-2`, `-3`...), durably, with its records: its branch name was taken.
    public func renumber(_ comment: SpooledComment) throws -> SpooledComment {
        let renamed = try renumbered(comment, under: "")
        try remove(comment)
        return renamed
    }

    /// Writes the file of `comment` under `place` (`""`, `approved/`) again at the next free id (`<id>-2`, `-3`...),
    /// and copies its reader's records there (link, address, approver); the caller removes the old file.
    func renumbered(_ comment: SpooledComment, under place: String) throws -> SpooledComment {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(place)\(comment.path)"))
        let stem = comment.id.replacing(#/-\d+$/#, with: "")
        for counter in 2...1000 {
            let renamed = SpooledComment(postAuthorID: comment.postAuthorID, postSlug: comment.postSlug, id: "\(stem)-\(counter)")
            guard renamed.id != comment.id else { continue }
            if try DurableFile.create(data, at: "\(folder)/\(place)\(renamed.path)", through: "\(folder)/.tmp/\(UUID().uuidString).md") {
                for record in Self.movingRecords {
                    guard let content = FileManager.default.contents(atPath: markerPath(record, for: comment)) else { continue }
                    try DurableFile.write(content, to: markerPath(record, for: renamed), mode: 0o600)
                    try? FileManager.default.removeItem(atPath: markerPath(record, for: comment))
                }
                return renamed
            }
        }
        throw DurableFile.Failure.notWritten(path: comment.path, reason: "no free name")
    }

    /// The records that follow a comment to its new id: its reader's link and address, its approver.
    static let movingRecords = ["reader", "subscription", "approved-by"]

    /// The comments waiting, oldest path first.
    public func pending() -> [SpooledComment] {
        comments(in: folder + "/comments")
    }

    /// The comment files of a tree laid out as the site's `comments/` (`<root>/<author>/<slug>/<id>.md`), oldest
    /// path first.
    func comments(in root: String) -> [SpooledComment] {
        var found: [SpooledComment] = []
        for author in Self.list(root) {
            for slug in Self.list("\(root)/\(author)") {
                for file in Self.list("\(root)/\(author)/\(slug)") where file.hasSuffix(".md") {
                    found.append(SpooledComment(postAuthorID: author, postSlug: slug, id: String(file.dropLast(3))))
                }
            }
        }
        return found.sorted { codePointOrder($0.path, $1.path) }
    }

    public func text(of comment: SpooledComment) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(comment.path)"))
    }

    /// Whether a delivery step (`pushed`, `requested`) is done for `comment`.
    public func isDone(_ step: String, for comment: SpooledComment) -> Bool {
        FileManager.default.fileExists(atPath: markerPath(step, for: comment))
    }

    /// Records a delivery step durably.
    public func markDone(_ step: String, for comment: SpooledComment) throws {
        let marker = markerPath(step, for: comment)
        _ = try DurableFile.create(Data(), at: marker, through: "\(folder)/.tmp/\(UUID().uuidString)")
    }

    /// Delivery is over: the file and its markers leave the spool.
    public func remove(_ comment: SpooledComment) throws {
        try DurableFile.remove("\(folder)/\(comment.path)")
        forgetDeliverySteps(of: comment)
    }

    /// Removes the records of delivery steps done (`pushed`, `requested`).
    func forgetDeliverySteps(of comment: SpooledComment) {
        for step in ["pushed", "requested"] { try? FileManager.default.removeItem(atPath: markerPath(step, for: comment)) }
    }

    func markerPath(_ step: String, for comment: SpooledComment) -> String {
        SpoolLayout.recordPath(root: folder, relativePath: comment.path, record: step)
    }

    static func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
