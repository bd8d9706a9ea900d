import Foundation
import PlanetFiles

/// The readers' private links, in the spool's `readers/` folder (mode 0700): one record per link, named by the
/// SHA-256 of its token (the token itself is shown once, to the reader, and never stored), and `.state/<comment>.reader`
/// from a comment to its record. A withdrawn or refused comment's record is removed with it.
public struct ReaderLinks: Sendable {
    public let folder: String
    let spool: Spool

    public init(spool: Spool) throws {
        self.spool = spool
        folder = spool.folder + "/readers"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Makes the link of a comment just spooled; returns its token.
    public func issue(for comment: SpooledComment, now: Date) throws -> String {
        let token = IntakeSecrets.token()
        let digest = IntakeSecrets.digest(token)
        let record = ReaderLink(post: "\(comment.postAuthorID)/\(comment.postSlug)", id: comment.id, state: .pending,
                                created: Int(now.timeIntervalSince1970))
        try write(record, digest: digest)
        try DurableFile.write(Data(digest.utf8), to: spool.markerPath("reader", for: comment), mode: 0o600)
        return token
    }

    /// The record a token leads to, or nil (an unknown, malformed or forgotten token).
    public func record(token: String) -> ReaderLink? {
        IntakeSecrets.isToken(token) ? record(digest: IntakeSecrets.digest(token)) : nil
    }

    /// The record of `comment`'s link, with its digest, or nil when the reader has none.
    public func record(of comment: SpooledComment) -> (digest: String, link: ReaderLink)? {
        guard let digest = try? String(contentsOfFile: spool.markerPath("reader", for: comment), encoding: .utf8),
              let link = record(digest: digest)
        else { return nil }
        return (digest, link)
    }

    /// Moves `comment`'s link to `state`, and to `comment`'s id (which changes when the spool renames a comment,
    /// taking its records along).
    public func update(_ comment: SpooledComment, to state: ReaderLink.State) throws {
        guard let (digest, found) = record(of: comment) else { return }
        var link = found
        link.state = state
        link.id = comment.id
        try write(link, digest: digest)
    }

    /// Forgets `comment`'s link (withdrawn, refused or purged).
    public func forget(_ comment: SpooledComment) {
        if let (digest, _) = record(of: comment) { try? DurableFile.remove("\(folder)/\(digest).json") }
        try? FileManager.default.removeItem(atPath: spool.markerPath("reader", for: comment))
    }

    private func record(digest: String) -> ReaderLink? {
        guard digest.count == 64, digest.allSatisfy(\.isHexDigit),
              let data = FileManager.default.contents(atPath: "\(folder)/\(digest).json")
        else { return nil }
        return try? JSONDecoder().decode(ReaderLink.self, from: data)
    }

    private func write(_ link: ReaderLink, digest: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(try encoder.encode(link), to: "\(folder)/\(digest).json", mode: 0o600)
    }
}
