import Foundation
import PlanetCore

/// Sorts a site's file paths into the parts of a `SiteInput`. Shared by the disk loader and
/// in-memory fixtures, so both see exactly the same layout rules.
public enum SiteLayout {
    /// The folders of a site that the build reads; nothing else in the site folder is touched.
    public static let sourceFolders = ["authors", "comments", "letters", "pages", "static", "themes"]
    public static let configFile = "planet.yaml"
    /// The old addresses of tag pages (`Santé: [/category/sante/]`), for blogs brought home with `planet import`.
    public static let tagsFile = "tags.yaml"
    /// `planet.yaml` and `tags.yaml` as some write them: the loader lists them only to say that they are not read.
    public static let misnamedConfigFile = "planet.yml"
    public static let misnamedTagsFile = "tags.yml"
    /// The feed cache of `planet fetch`, read by the build (offline), relative to the site.
    public static let feedCacheFolder = ".planet/feeds"
    /// A feed cache file holds whole entries, so it may be larger than a text file.
    public static let maximumFeedCacheSize = 32 * 1024 * 1024
    /// Text files larger than this are refused, so that one file cannot exhaust memory.
    public static let maximumTextFileSize = 4 * 1024 * 1024

    /// A file of a member's folder (an image, a PDF...) is limited to this, so that one file cannot exhaust memory.
    public static let maximumMemberFileSize = 64 * 1024 * 1024

    /// `mon-billet.md` as a post's file name, `<today>-mon-billet.md` in the form posts are named: the day is the
    /// writer's to choose, so it is written `YYYY-MM-DD`, unless the name starts with a date already.
    static func datedName(_ name: String) -> String {
        let startsWithDate = name.utf8.count > 11 && name.utf8.prefix(10).enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return startsWithDate ? name : "YYYY-MM-DD-" + name
    }

    /// Files that the build surely reads, so the loader reads them ahead, on every core.
    static func isReadAhead(_ path: String) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".yaml") || path.hasPrefix("authors/") || path.hasPrefix(feedCacheFolder + "/")
    }

    /// A member's pages as sources, sorted by path: each single file, and each folder with an `index.md` (a folder
    /// without one is an error).
    private static func pageSources(
        of id: String, _ found: (files: [String], bundles: [String: [String]])?, load: (String) -> SourceFile?, diagnostics: inout [Diagnostic]
    ) -> [PostSource] {
        guard let found else { return [] }
        var pages = found.files.compactMap { load($0).map { PostSource(file: $0) } }
        for bundle in found.bundles.keys.sorted(by: codePointOrder) {
            let files = found.bundles[bundle]!
            let bundlePath = "authors/\(id)/pages/\(bundle)"
            guard files.contains("index.md") else {
                diagnostics.append(.error("a page folder needs an `index.md`", at: SourceLocation(path: bundlePath + "/index.md")))
                continue
            }
            if let file = load(bundlePath + "/index.md") { pages.append(PostSource(file: file, bundleFiles: files.filter { $0 != "index.md" })) }
        }
        return pages.sorted { codePointOrder($0.file.path, $1.file.path) }
    }

    /// `paths` are relative, with `/` separators; `read` returns a file's bytes (nil if unreadable).
    public static func organize(paths: [String], read: (String) -> Data?) -> (SiteInput, [Diagnostic]) {
        organize(paths: paths, file: { path in read(path).map { SourceFile(path: path, bytes: $0) } })
    }

    /// `file` returns a file as read, or vouched for by the input index (nil if unreadable).
    static func organize(paths: [String], file: (String) -> SourceFile?) -> (SiteInput, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func load(_ path: String, limit: Int = maximumTextFileSize) -> SourceFile? {
            guard let source = file(path) else {
                diagnostics.append(.error("cannot read this file", at: SourceLocation(path: path)))
                return nil
            }
            guard source.size <= limit else {
                let size = source.size > maximumMemberFileSize
                    ? "more than \(ByteCount.text(maximumMemberFileSize))" : ByteCount.text(source.size)
                diagnostics.append(.error(
                    "file too large: \(size); the limit is \(ByteCount.text(limit))", at: SourceLocation(path: path), code: .fileTooLarge))
                return nil
            }
            return source
        }

        var input = SiteInput(config: nil)
        /// `.yml` files where planet reads `.yaml`: warned about when the `.yaml` file is missing.
        var misnamed: [String] = []
        var authorFolders: [String: (profile: String?, files: [String], posts: [String], bundles: [String: [String]])] = [:]
        /// Each member's pages: single files and folders (`pages/<slug>/`, with their files), by member id.
        var memberPages: [String: (files: [String], bundles: [String: [String]])] = [:]
        for path in paths.sorted(by: codePointOrder) {
            let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            switch parts.first {
            case configFile where parts.count == 1:
                input.config = load(path)
            case tagsFile where parts.count == 1:
                input.tagSettings = load(path)
            case misnamedConfigFile where parts.count == 1, misnamedTagsFile where parts.count == 1:
                misnamed.append(path)
            case "authors" where parts.count >= 3:
                let id = parts[1]
                if authorFolders[id] == nil { authorFolders[id] = (nil, [], [], [:]) }
                if parts.count == 3, parts[2] == "author.yaml" {
                    authorFolders[id]!.profile = path
                } else if parts.count == 3, parts[2].lowercased().hasSuffix(".md") {
                    diagnostics.append(.warning(
                        "ignored: posts go in authors/\(id)/posts/; move this file to authors/\(id)/posts/\(datedName(parts[2]))",
                        at: SourceLocation(path: path), code: .postOutsidePosts))
                } else if parts.count == 3, parts[2] == "author.yml" {
                    misnamed.append(path)
                } else if parts.count == 3 {
                    authorFolders[id]!.files.append(parts[2])
                    if let file = load(path, limit: maximumMemberFileSize) { input.memberFiles.append(file) }
                } else if parts[2] == "posts", parts.count == 4 {
                    if parts[3].hasSuffix(".md") {
                        authorFolders[id]!.posts.append(path)
                    } else {
                        diagnostics.append(.warning(
                            "ignored: a post is a `.md` file or a folder holding `index.md`", at: SourceLocation(path: path)))
                    }
                } else if parts[2] == "posts" {
                    authorFolders[id]!.bundles[parts[3], default: []].append(parts[4...].joined(separator: "/"))
                    if !(parts.count == 5 && parts[4] == "index.md"), let file = load(path, limit: maximumMemberFileSize) {
                        input.memberFiles.append(file)
                    }
                } else if parts[2] == "pages", parts.count == 4 {
                    if parts[3].hasSuffix(".md") {
                        memberPages[id, default: ([], [:])].files.append(path)
                    } else {
                        diagnostics.append(.warning(
                            "ignored: a member's page is a `.md` file or a folder holding `index.md`", at: SourceLocation(path: path)))
                    }
                } else if parts[2] == "pages" {
                    memberPages[id, default: ([], [:])].bundles[parts[3], default: []].append(parts[4...].joined(separator: "/"))
                    if !(parts.count == 5 && parts[4] == "index.md"), let file = load(path, limit: maximumMemberFileSize) {
                        input.memberFiles.append(file)
                    }
                } else {
                    diagnostics.append(.warning("ignored: not part of a member's folder", at: SourceLocation(path: path)))
                }
            case "comments":
                if parts.count == 4, path.hasSuffix(".md") {
                    if let file = load(path) { input.comments.append(file) }
                } else {
                    diagnostics.append(.warning(
                        "ignored: a comment is `comments/<author>/<post>/<id>.md`", at: SourceLocation(path: path)))
                }
            case "pages":
                if parts.count == 2, path.hasSuffix(".md") {
                    if let file = load(path) { input.pages.append(file) }
                } else {
                    diagnostics.append(.warning("ignored: a page is `pages/<name>.md`", at: SourceLocation(path: path)))
                }
            case "letters":
                if parts.count == 2, path.hasSuffix(".yaml") {
                    if let file = load(path) { input.letters.append(file) }
                } else {
                    diagnostics.append(.warning(
                        "ignored: a weekly letter is `letters/<week>.yaml`, such as letters/2026-W49.yaml", at: SourceLocation(path: path)))
                }
            case "static" where parts.count >= 2:
                input.staticFiles.append(parts.dropFirst().joined(separator: "/"))
            case ".planet" where parts.count == 5 && parts[1] == "feeds" && (parts[3] == "images" || parts[3] == "avatars"):
                input.feedImages.append(path)
                if let file = load(path, limit: maximumMemberFileSize) { input.memberFiles.append(file) }
            case ".planet" where parts.count == 4 && parts[1] == "feeds" && path.hasSuffix(".json"):
                if let file = load(path, limit: maximumFeedCacheSize) { input.feedCaches.append(file) }
            case "themes" where parts.count >= 3:
                if let file = load(path) { input.themeFiles[parts.dropFirst().joined(separator: "/")] = file }
            default:
                break
            }
        }

        let present = Set(paths)
        for path in misnamed where !present.contains(String(path.dropLast(".yml".count)) + ".yaml") {
            let name = (path as NSString).lastPathComponent
            diagnostics.append(.warning(
                "`\(name)` is not read: planet reads `\(name.dropLast(".yml".count)).yaml`; rename the file",
                at: SourceLocation(path: path), code: .ymlExtension))
        }

        for id in authorFolders.keys.sorted(by: codePointOrder) {
            let folder = authorFolders[id]!
            var posts: [PostSource] = []
            for path in folder.posts {
                if let file = load(path) { posts.append(PostSource(file: file)) }
            }
            for bundle in folder.bundles.keys.sorted(by: codePointOrder) {
                let files = folder.bundles[bundle]!
                let bundlePath = "authors/\(id)/posts/\(bundle)"
                guard files.contains("index.md") else {
                    diagnostics.append(.error(
                        "a post folder needs an `index.md`", at: SourceLocation(path: bundlePath + "/index.md")))
                    continue
                }
                if let file = load(bundlePath + "/index.md") {
                    posts.append(PostSource(file: file, bundleFiles: files.filter { $0 != "index.md" }))
                }
            }
            posts.sort { codePointOrder($0.file.path, $1.file.path) }
            input.authors.append(AuthorFolder(
                id: id, profile: folder.profile.flatMap { load($0) }, files: folder.files, posts: posts,
                pages: pageSources(of: id, memberPages[id], load: { load($0) }, diagnostics: &diagnostics)))
        }
        return (input, diagnostics)
    }
}
