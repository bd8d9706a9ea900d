import Foundation
import PlanetFiles

/// `--deliver git`: each approved comment committed onto the remote's main (or, with `--approved-to request`, on a
/// branch of its own), made from the remote's main in a worktree of the clone, with one commit that adds exactly its
/// file; with `--deliver pending-branches`, each pending comment on its own branch `comments/<author>/<slug>/<id>`.
struct GitDelivery: Sendable {
    let clone: String
    let remote: String
    let mainBranch: String
    var git: GitCommand
    /// Where worktrees are made (inside the spool, so a restart clears them).
    let workFolder: String

    /// The text a branch carries: the spooled file without `status: pending`, since the pull request is the
    /// moderation (merging it publishes the comment; closing it, or merging with `status: spam`, does not).
    static func mergeable(_ spooled: Data) throws -> Data {
        Data(try CommentFileEdit.settingStatus(.published, in: String(decoding: spooled, as: UTF8.self)).utf8)
    }

    /// The remote has a branch of that name holding another file (a comment of the same name and second,
    /// delivered before): the comment needs another id.
    struct BranchTaken: Error, CustomStringConvertible {
        var branch: String
        var description: String { "the remote's branch \(branch) holds another comment" }
    }

    /// Commits an approved comment's file onto the remote's main and pushes it. When main has this very file
    /// already (pushed before a crash), nothing is redone; with another file at its path, `BranchTaken`. A push
    /// refused because main moved meanwhile throws, and the next round starts again from the new main.
    func commitToMain(_ comment: SpooledComment, text: Data, approver: String, replacing: Data? = nil) async throws {
        try await git.check(clone, ["fetch", "-q", remote, mainBranch])
        let present = try await git.run(clone, ["cat-file", "blob", "FETCH_HEAD:\(comment.path)"])
        let current = present.status == 0 ? Data(present.stdout.utf8) : nil
        if let replacing {
            // A reply taken from the site: its file there is replaced (or removed), if it is still the text taken.
            if current == (text.isEmpty ? nil : text) { return }
            guard current == replacing else { throw SiteChanged() }
            try await commitAndPush(comment, text: text, as: mainBranch, message: "Reply moderated in planet intake by \(approver).", replacing: true)
            return
        }
        if let current {
            if current == text { return }
            throw BranchTaken(branch: mainBranch)
        }
        try await commitAndPush(comment, text: text, as: mainBranch, message: "Received by planet intake; approved by \(approver).")
    }

    /// A reply's file changed in the site since it was taken (a later fetch, a decision at the terminal): the
    /// decision is dropped, and the reply's new text waits for moderators.
    struct SiteChanged: Error, CustomStringConvertible {
        var description: String { "the reply's file changed in the site since it was taken" }
    }

    /// Pushes `comment`'s branch. When the remote has the branch already with this very file (pushed before a
    /// crash), nothing is redone; with another file, `BranchTaken`.
    func push(_ comment: SpooledComment, text: Data, approver: String? = nil, replacing: Bool = false) async throws {
        let existing = try await git.run(clone, ["ls-remote", "--exit-code", remote, "refs/heads/\(comment.branch)"])
        if existing.status == 0 {
            try await git.check(clone, ["fetch", "-q", remote, "refs/heads/\(comment.branch)"])
            let pushed = try await git.run(clone, ["cat-file", "blob", "FETCH_HEAD:\(comment.path)"])
            if pushed.status == 0, Data(pushed.stdout.utf8) == text { return }
            throw BranchTaken(branch: comment.branch)
        }
        guard existing.status == 2 else {
            let summary = "git ls-remote failed (status \(existing.status))"
            throw GitCommand.Failure(summary: summary, description: summary + ": " + (existing.stderr.split(separator: "\n").last.map(String.init) ?? ""))
        }
        try await git.check(clone, ["fetch", "-q", remote, mainBranch])
        try await commitAndPush(comment, text: text, as: comment.branch, message: approver.map {
            "Received by planet intake; approved by \($0). Merging publishes it."
        } ?? "Received by planet intake. Merging publishes it; close the request to refuse it.", replacing: replacing)
    }

    /// In a worktree made from FETCH_HEAD (removed after), commits the comment's file and pushes it as `branch`.
    private func commitAndPush(_ comment: SpooledComment, text: Data, as branch: String, message: String, replacing: Bool = false) async throws {
        let worktree = "\(workFolder)/\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        try await git.check(clone, ["worktree", "add", "-q", "--detach", worktree, "FETCH_HEAD"])
        do {
            try await commit(comment, text: text, in: worktree, message: [
                "Comment on \(comment.postAuthorID)/\(comment.postSlug): \(comment.id)", message,
            ], replacing: replacing)
            try await git.check(worktree, ["push", "-q", remote, "HEAD:refs/heads/\(branch)"])
        } catch {
            await removeWorktree(worktree)
            throw error
        }
        await removeWorktree(worktree)
    }

    /// Adds the comment's file in `worktree` and commits it with `message`'s paragraphs; `replacing` a file there
    /// (a reply taken from the site), an empty text removes it.
    private func commit(_ comment: SpooledComment, text: Data, in worktree: String, message: [String], replacing: Bool = false) async throws {
        let file = "\(worktree)/\(comment.path)"
        if replacing, text.isEmpty {
            try await git.check(worktree, ["rm", "-q", "--", comment.path])
            try await git.check(worktree, ["commit", "-q", "--no-verify"] + message.flatMap { ["-m", $0] })
            return
        }
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(to: URL(fileURLWithPath: file), options: replacing ? .atomic : .withoutOverwriting)
        try await git.check(worktree, ["add", "--", comment.path])
        try await git.check(worktree, ["commit", "-q", "--no-verify"] + message.flatMap { ["-m", $0] })
    }

    /// Removes a delivery's worktree and git's record of it; what cannot be removed now is pruned next time.
    private func removeWorktree(_ worktree: String) async {
        try? FileManager.default.removeItem(atPath: worktree)
        _ = try? await git.run(clone, ["worktree", "prune"])
    }
}
