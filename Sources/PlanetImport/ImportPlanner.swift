import Foundation
import PlanetCore
import PlanetXML
import Yams

/// Turns an `ImportedBlog` into the files of the site: posts (`authors/<id>/posts/<day>-<slug>.md`, or a folder with
/// the post's media), the member's pages (`authors/<id>/pages/<slug>.md`, or a folder), comment files and mentions, with the old addresses as aliases. A function of values: the
/// same export and options give the same files, so importing twice writes nothing the second time.
public struct ImportPlanner {
    let blog: ImportedBlog
    let options: ImportOptions
    var plan = ImportPlan()
    /// Slugs taken, per member, by posts and pages alike.
    var slugs: [String: Set<String>] = [:]
    var aliasPaths: Set<String> = []
    /// Each item's place in the site, by its id: its member and its slug.
    var targets: [String: (member: String?, name: String)] = [:]
    /// The old addresses of the published items (see `addressKey`) → their path in the site, with the base path.
    var newPaths: [String: String] = [:]

    public static func plan(_ export: ImportedBlog, options: ImportOptions) -> ImportPlan {
        var blog = export
        blog.resolveRelativeLinks(oldURL: options.oldURL)
        var planner = ImportPlanner(blog: blog, options: options)
        planner.plan.diagnostics = blog.diagnostics
        planner.plan.summary.leftOut = blog.otherItems
        if blog.engine == .disqus, !blog.diagnostics.hasErrors {
            for member in Set(options.map.values).subtracting(options.members).sorted() {
                planner.plan.diagnostics.append(.error("no member `\(member)`: add one with `planet new author \(member) --name \"...\"`",
                                                       at: planner.location(0)))
            }
            if planner.plan.diagnostics.hasErrors { return planner.plan }
            planner.addThreads()
            planner.removePrivateValues()
            planner.plan.files.sort { codePointOrder($0.path, $1.path) }
            planner.plan.diagnostics.sort()
            return planner.plan
        }
        guard !blog.diagnostics.hasErrors, let members = planner.membersByLogin() else { return planner.plan }
        let ordered = blog.items.sorted { ($0.date ?? .distantPast, $0.id) < ($1.date ?? .distantPast, $1.id) }
        planner.assignTargets(ordered, members: members)
        for item in ordered { planner.add(item, members: members) }
        planner.noteOldHost()
        planner.addTagAliases()
        planner.removePrivateValues()
        planner.plan.files.sort { codePointOrder($0.path, $1.path) }
        planner.plan.diagnostics.sort()
        return planner.plan
    }

    func location(_ line: Int) -> SourceLocation {
        SourceLocation(path: blog.exportPath, line: line)
    }

    /// Each login of the export's items → its member; nil (with errors) when a login has none or a member is missing.
    private mutating func membersByLogin() -> [String: String]? {
        var result: [String: String] = [:]
        var unmapped: [String] = []
        for login in Set(blog.items.filter { $0.status != .hidden }.map(\.login)).sorted() {
            if let member = options.map[login] ?? options.author { result[login] = member } else { unmapped.append(login) }
        }
        if !unmapped.isEmpty {
            let list = unmapped.map { "`\($0)`" }.joined(separator: ", ")
            plan.diagnostics.append(.error("logins with no member: \(list); give each `--map LOGIN=ID`, or `--author ID` for all",
                                           at: location(0)))
        }
        let missing = Set(result.values).union(options.author.map { [$0] } ?? []).subtracting(options.members).sorted()
        for member in missing {
            plan.diagnostics.append(.error("no member `\(member)`: add one with `planet new author \(member) --name \"...\"`", at: location(0)))
        }
        return unmapped.isEmpty && missing.isEmpty ? result : nil
    }

    private mutating func add(_ item: ImportedItem, members: [String: String]) {
        guard item.status != .hidden else {
            plan.summary.leftOut += 1
            plan.summary.commentsLeftOut += item.comments.count
            return
        }
        guard let date = item.date else {
            plan.diagnostics.append(.warning("item \(item.id) has no date; left out", at: location(item.line)))
            plan.summary.leftOut += 1
            return
        }
        let title = HTMLText.plain(item.title)
        let isDraft = item.status != .published
        guard let target = targets[item.id] else { return }
        let html = bodyHTML(item)
        switch item.kind {
        case .post:
            guard let member = target.member else { return }
            let slug = target.name
            let day = Self.stamp(date, timeZone: options.timeZone, format: "yyyy-MM-dd")
            let folder = "authors/\(member)/posts/\(day)-\(slug)"
            let (markdown, media) = convert(html, item: item, folder: folder)
            let path = media.isEmpty ? folder + ".md" : folder + "/index.md"
            let aliases = aliasList(item, newPath: "/\(member)/\(slug)/", file: path)
            let text = postText(title: title.isEmpty ? slug : title, date: date, tags: item.tags, summary: HTMLText.plain(item.excerpt),
                                draft: isDraft, commentsOpen: item.commentsOpen, aliases: aliases, body: markdown)
            plan.files.append(PlannedFile(path: path, content: .text(text)))
            plan.files += media
            if isDraft { plan.summary.drafts += 1 } else { plan.summary.posts += 1 }
            if isDraft {
                plan.summary.commentsLeftOut += item.comments.count
            } else {
                addComments(item.comments, post: "\(member)/\(slug)")
            }
        case .page:
            // The member's own page, `authors/<member>/pages/<slug>.md` (a folder with its media), at `/<member>/<slug>/`.
            guard let member = target.member else { return }
            let slug = target.name
            let folder = "authors/\(member)/pages/\(slug)"
            let (markdown, media) = convert(html, item: item, folder: folder)
            let path = media.isEmpty ? folder + ".md" : folder + "/index.md"
            let aliases = aliasList(item, newPath: "/\(member)/\(slug)/", file: path)
            let text = pageText(title: title.isEmpty ? slug : title, summary: HTMLText.plain(item.excerpt), draft: isDraft,
                                commentsOpen: item.commentsOpen, aliases: aliases, body: markdown)
            plan.files.append(PlannedFile(path: path, content: .text(text)))
            plan.files += media
            if isDraft {
                plan.summary.drafts += 1
                plan.summary.commentsLeftOut += item.comments.count
            } else {
                plan.summary.pages += 1
                addComments(item.comments, post: "\(member)/\(slug)")
            }
        }
    }

    /// The item's body as HTML: shortcodes expanded, for the classic editor blank lines made paragraphs, and relative
    /// URLs resolved against the old blog (they meant its pages and files).
    private mutating func bodyHTML(_ item: ImportedItem) -> String {
        let base = item.link.isEmpty ? blog.homeURL : item.link
        let html = unresolvedBodyHTML(item)
        return base.isEmpty ? html : HTMLURLResolver.resolve(html, against: base)
    }

    private mutating func unresolvedBodyHTML(_ item: ImportedItem) -> String {
        switch item.format {
        case .html, .wordpress:
            let breaks = item.body.ranges(of: /<!--\s*nextpage\s*-->/.ignoresCase()).count
            if breaks > 0 {
                plan.diagnostics.append(.warning(
                    "item \(item.id): \(breaks) <!--nextpage--> page break(s) dropped; its \(breaks + 1) pages are imported as one",
                    at: location(item.line)))
            }
            let shortcodes = WordPressShortcodes(attachments: blog.attachments, itemID: item.id) { [options] url in
                MediaLookup.file(for: url, in: options.mediaFiles) != nil
            }
            let (expanded, unknown, emptyGalleries) = blog.engine == .wordpress ? shortcodes.expand(item.body) : (item.body, [], 0)
            for name in Set(unknown).sorted() {
                plan.diagnostics.append(.warning("item \(item.id): unknown shortcode [\(name)] left as text", at: location(item.line)))
            }
            if emptyGalleries > 0 {
                plan.diagnostics.append(.warning(
                    "item \(item.id): [gallery] shows no image the export holds (its images are other items' or gone); left out",
                    at: location(item.line)))
            }
            return item.format == .wordpress ? WordPressAutop.paragraphs(expanded)
                : WordPressBlocks.linkingEmbeds(WordPressBlocks.namingCodeLanguages(expanded))
        case .wiki:
            return DotclearWiki.html(item.body)
        }
    }

    /// `2019-05-06T12:15:00+02:00`-like stamps in the site's time zone.
    static func stamp(_ date: Date, timeZone: TimeZone, format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    private func postText(title: String, date: Date, tags: [String], summary: String, draft: Bool, commentsOpen: Bool, aliases: [String],
                          body: String) -> String {
        var pairs: [(Node, Node)] = [
            ("title", Self.scalar(title)),
            ("date", Node(Self.stamp(date, timeZone: options.timeZone, format: "yyyy-MM-dd'T'HH:mm:ssxxx"))),
        ]
        if !tags.isEmpty { pairs.append(("tags", Node(tags.map(Self.scalar)))) }
        if !summary.isEmpty { pairs.append(("summary", Self.scalar(summary))) }
        if draft { pairs.append(("draft", Node("true", Tag(.bool)))) }
        if !commentsOpen { pairs.append(("comments", Node("false", Tag(.bool)))) }
        if !aliases.isEmpty { pairs.append(("aliases", Node(aliases.map(Self.scalar)))) }
        return Self.document(pairs, body: body)
    }

    private func pageText(title: String, summary: String, draft: Bool, commentsOpen: Bool, aliases: [String],
                          body: String) -> String {
        var pairs: [(Node, Node)] = [("title", Self.scalar(title))]
        if !summary.isEmpty { pairs.append(("summary", Self.scalar(summary))) }
        if draft { pairs.append(("draft", Node("true", Tag(.bool)))) }
        if !commentsOpen { pairs.append(("comments", Node("false", Tag(.bool)))) }
        if !aliases.isEmpty { pairs.append(("aliases", Node(aliases.map(Self.scalar)))) }
        return Self.document(pairs, body: body)
    }

    /// A string as YAML must write it to read it back as that string (`"2019"`, `"yes"` quoted).
    static func scalar(_ text: String) -> Node {
        (try? text.represented()) ?? Node(text)
    }

    /// Front matter written by Yams, then the Markdown.
    static func document(_ pairs: [(Node, Node)], body: String) -> String {
        let yaml = (try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? ""
        return "---\n" + yaml + "---\n\n" + body.trimmed + "\n"
    }
}
