import Foundation

/// A reader's comment, pingback or trackback of the old blog. Its e-mail and IP address are never read.
public struct ImportedComment: Sendable {
    public enum Status: String, Sendable, Hashable {
        case approved
        case pending
        case spam
        /// Trashed: left out, and counted.
        case trash
    }

    public enum Kind: String, Sendable, Hashable {
        case comment
        case pingback
        case trackback
    }

    public var id: String
    /// The id of the comment it answers, empty at the top level.
    public var parentID: String
    public var authorName: String
    public var authorURL: String
    public var date: Date
    public var status: Status
    public var kind: Kind
    /// The body, as HTML (or WordPress's text with line breaks).
    public var body: String
    /// The login of the blog's user who wrote it (one of its authors), empty for a visitor.
    public var login: String
    public var line: Int

    public init(id: String, parentID: String = "", authorName: String, authorURL: String = "", date: Date, status: Status = .approved,
                kind: Kind = .comment, body: String, login: String = "", line: Int = 0) {
        self.id = id
        self.parentID = parentID
        self.authorName = authorName
        self.authorURL = authorURL
        self.date = date
        self.status = status
        self.kind = kind
        self.body = body
        self.login = login
        self.line = line
    }
}
