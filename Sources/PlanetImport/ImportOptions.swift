import Foundation

/// What `planet import` is told and what it knows of the site it imports into.
public struct ImportOptions: Sendable {
    /// The member who gets every post whose login `map` does not name (`--author`).
    public var author: String?
    /// Logins of the export → member ids (`--map LOGIN=ID`).
    public var map: [String: String]
    /// The site's members.
    public var members: Set<String>
    /// The site's own top-level names, which no old address may take as an alias.
    public var reservedNames: Set<String>
    /// The media folder's files (`--media`): their path inside it → their path on disk.
    public var mediaFiles: [String: String]
    /// The site's time zone: file names' days, and dates written with its offset.
    public var timeZone: TimeZone
    /// The site's base path (`/planete`, or empty) and host.
    public var basePath: String
    public var host: String
    /// The site's `tags.yaml`: tag → old addresses of its page, which the import adds to.
    public var existingTagAliases: [String: [String]] = [:]
    /// The old addresses the site's texts keep already (`aliases:`), without a final `/` → the file that keeps each:
    /// an imported item that has one of them, and is not that file, stops the import.
    public var existingAliases: [String: String] = [:]
    /// The site's posts by the paths they answer (their own, with the base path, and their aliases; see `pathKey`) →
    /// `member/slug`, the folder of their comments: where `planet import disqus` sends each thread.
    public var postPaths: [String: String] = [:]
    /// The old blog's address when its export lacks it (`--old-url`, for a Dotclear backup of one blog).
    public var oldURL: String?
    /// The name of a commenter who left none (or typed an e-mail address as a name).
    public var anonymousName: String

    public init(author: String?, map: [String: String] = [:], members: Set<String>, reservedNames: Set<String> = [],
                mediaFiles: [String: String] = [:], timeZone: TimeZone, basePath: String = "", host: String,
                anonymousName: String = "Anonymous") {
        self.anonymousName = anonymousName
        self.author = author
        self.map = map
        self.members = members
        self.reservedNames = reservedNames
        self.mediaFiles = mediaFiles
        self.timeZone = timeZone
        self.basePath = basePath
        self.host = host
    }

    /// A path as `postPaths` keeps it: percent-decoded, without `index.html` nor a final `/`.
    public static func pathKey(_ path: String) -> String {
        var key = path.removingPercentEncoding ?? path
        if key.hasSuffix("/index.html") { key.removeLast("index.html".count) }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }
}
