import Foundation
import PlanetCore
import PlanetFiles

/// The moderators' decisions on the spool. A pending comment is in `comments/`; approved, it moves to `approved/`
/// (its `status` removed, the moderator's id in `.state/`) until delivered; refused, its file is removed at once
/// and a keyed hash of its text is kept in `.state/refused` for the duplicate window; as spam, it moves to
/// `spam/`, purged after `spamRetention`. Each move writes the new file durably before it removes the old one, so
/// that a crash leaves the comment in one place or both (and `settle` keeps the later one).
extension Spool {
    /// How long spam is kept (30 days).
    public static let spamRetention: TimeInterval = 30 * 24 * 3600

    /// The comments approved and not delivered yet, oldest path first.
    public func approved() -> [SpooledComment] {
        comments(in: "\(folder)/\(SpoolLayout.approved)/comments")
    }

    /// The comments marked as spam, oldest path first.
    public func spam() -> [SpooledComment] {
        comments(in: "\(folder)/\(SpoolLayout.spam)/comments")
    }

    /// The approved file's text (published: without `status`).
    public func approvedText(of comment: SpooledComment) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(SpoolLayout.approved)/\(comment.path)"))
    }

    /// The moderator who approved `comment`, as recorded with it.
    public func approver(of comment: SpooledComment) -> String? {
        (try? String(contentsOfFile: markerPath("approved-by", for: comment), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `comment` is still pending (its file in `comments/`).
    public func isPending(_ comment: SpooledComment) -> Bool {
        FileManager.default.fileExists(atPath: "\(folder)/\(comment.path)")
    }

    /// Whether `comment` is approved and waits for delivery.
    public func isApproved(_ comment: SpooledComment) -> Bool {
        FileManager.default.fileExists(atPath: "\(folder)/\(SpoolLayout.approved)/\(comment.path)")
    }

    /// Carries out a moderator's decision on a pending comment; returns the keyed hash kept of a refused one.
    @discardableResult
    public func decide(_ action: ModerationAction, on comment: SpooledComment, by moderator: String) throws -> UInt64? {
        let text = try self.text(of: comment)
        if siteText(of: comment) != nil {
            // A reply taken from the site: every decision is delivered to its file there.
            let decided = try replyDecision(action, on: String(decoding: text, as: UTF8.self))
            try DurableFile.write(Data((moderator + "\n").utf8), to: markerPath("approved-by", for: comment))
            try move(comment, data: decided, to: SpoolLayout.approved)
            return nil
        }
        switch action {
        case .approve:
            let published = Data(try CommentFileEdit.settingStatus(.published, in: String(decoding: text, as: UTF8.self)).utf8)
            try DurableFile.write(Data((moderator + "\n").utf8), to: markerPath("approved-by", for: comment))
            try move(comment, data: published, to: SpoolLayout.approved)
            return nil
        case .spam:
            let marked = Data(try CommentFileEdit.settingStatus(.spam, in: String(decoding: text, as: UTF8.self)).utf8)
            try move(comment, data: marked, to: SpoolLayout.spam)
            return nil
        case .refuse:
            let hash = messageHash(of: text)
            try remove(comment)
            if let hash { try recordRefused(hash, at: Date()) }
            return hash
        }
    }

    /// The fingerprints of refused messages received within `window` of `now`, with their dates.
    public func refusedHashes(now: Date, window: TimeInterval) -> [(hash: UInt64, date: Date)] {
        let text = (try? String(contentsOfFile: "\(folder)/.state/refused", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let hash = UInt64(parts[0], radix: 16), let seconds = Double(parts[1]) else { return nil }
            let date = Date(timeIntervalSince1970: seconds)
            return now.timeIntervalSince(date) < window ? (hash, date) : nil
        }
    }

    /// Adds a refused message's fingerprint to `.state/refused`, forgetting those past the duplicate window.
    private func recordRefused(_ hash: UInt64, at now: Date) throws {
        let kept = refusedHashes(now: now, window: IntakeLimits().duplicateWindow) + [(hash, now)]
        let lines = kept.map { String($0.hash, radix: 16) + " " + String(Int($0.date.timeIntervalSince1970)) + "\n" }.joined()
        try DurableFile.write(Data(lines.utf8), to: "\(folder)/.state/refused", mode: 0o600)
    }

    /// The reader took their comment back: its file is removed at once.
    public func withdraw(_ comment: SpooledComment) throws {
        try remove(comment)
    }

    /// Replaces a pending comment's message (the reader's edit), its other fields kept.
    public func replaceMessage(of comment: SpooledComment, with message: String) throws {
        let text = String(decoding: try self.text(of: comment), as: UTF8.self)
        guard let body = CommentFileEdit.body(of: text) else {
            throw CommentFileEdit.Failure.unreadable("the spooled file has no front matter")
        }
        let head = String(decoding: Array(text.utf8).dropLast(body.utf8.count), as: UTF8.self)
        try DurableFile.write(Data((head + message.trimmingCharacters(in: .whitespacesAndNewlines) + "\n").utf8), to: "\(folder)/\(comment.path)")
    }

    /// Delivery of an approved comment is over: its file and its record leave the spool.
    public func finishDelivery(of comment: SpooledComment) throws {
        try DurableFile.remove("\(folder)/\(SpoolLayout.approved)/\(comment.path)")
        try? FileManager.default.removeItem(atPath: markerPath("approved-by", for: comment))
        forgetDeliverySteps(of: comment)
    }

    /// Moves an approved comment to the next free id (`<id>-2`, `-3`...), with its records: its path was taken.
    public func renumberApproved(_ comment: SpooledComment) throws -> SpooledComment {
        let renamed = try renumbered(comment, under: SpoolLayout.approved + "/")
        try finishDelivery(of: comment)
        return renamed
    }

    /// A reader asks for the removal of their published comment: an empty file at its path in `removals/`, for
    /// the moderators (who remove the file from the site's repository).
    public func requestRemoval(of comment: SpooledComment, now: Date) throws {
        let target = "\(folder)/\(SpoolLayout.removals)/\(comment.path)"
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = try DurableFile.create(Data(), at: target, through: "\(folder)/.tmp/\(UUID().uuidString)")
    }

    /// The published comments whose readers asked for their removal, oldest path first.
    public func removalRequests() -> [SpooledComment] {
        comments(in: "\(folder)/\(SpoolLayout.removals)/comments")
    }

    /// A removal request is dealt with.
    public func dismissRemoval(of comment: SpooledComment) throws {
        try DurableFile.remove("\(folder)/\(SpoolLayout.removals)/\(comment.path)")
    }

    /// Whether `comment`, marked as spam, was marked `spamRetention` or longer before `now`.
    public func isExpiredSpam(_ comment: SpooledComment, now: Date) -> Bool {
        let path = "\(folder)/\(SpoolLayout.spam)/\(comment.path)"
        guard let marked = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return false }
        return now.timeIntervalSince(marked) >= Self.spamRetention
    }

    /// Removes the spam older than `spamRetention` at `now`; returns how many.
    @discardableResult
    public func purgeSpam(now: Date) -> Int {
        var purged = 0
        for comment in spam() where isExpiredSpam(comment, now: now) {
            if (try? DurableFile.remove("\(folder)/\(SpoolLayout.spam)/\(comment.path)")) != nil { purged += 1 }
        }
        return purged
    }

    /// After a crash between a move's two steps, the comment is in `comments/` and in `approved/` or `spam/`:
    /// the pending copy goes.
    public func settle() {
        for comment in approved() + spam() where isPending(comment) {
            try? DurableFile.remove("\(folder)/\(comment.path)")
        }
    }

    /// The duplicate filter's fingerprint of a comment file's message (nil for a mention, or an unreadable file).
    func messageHash(of data: Data) -> UInt64? {
        let text = String(decoding: data, as: UTF8.self)
        guard let fields = CommentFileEdit.fields(of: text), !fields.contains(where: { $0.key == "kind" && $0.value != "comment" }),
              let body = CommentFileEdit.body(of: text)
        else { return nil }
        return RecentMessages.hash(body.trimmingCharacters(in: .whitespacesAndNewlines), key: messageKey)
    }

    private func move(_ comment: SpooledComment, data: Data, to place: String) throws {
        let target = "\(folder)/\(place)/\(comment.path)"
        let parent = (target as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: parent) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            DurableFile.syncFolder((parent as NSString).deletingLastPathComponent)
        }
        try DurableFile.write(data, to: target)
        try DurableFile.remove("\(folder)/\(comment.path)")
    }
}
