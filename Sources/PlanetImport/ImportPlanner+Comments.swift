import Foundation
import PlanetCore
import PlanetFiles
import PlanetParse
import PlanetXML

extension ImportPlanner {
    /// The post's comments as comment files, threads kept (`reply_to`), pingbacks and trackbacks as mentions; trashed
    /// ones left out. Ids are `<date>-<name>` (`-<engine id>` when two would be the same), so a second import names
    /// them alike. Neither e-mail nor IP address is ever known here.
    mutating func addComments(_ comments: [ImportedComment], post: String) {
        let sorted = comments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var stems: [String: String] = [:]
        var taken: Set<String> = []
        var threaded: Set<String> = []
        for comment in sorted where comment.status != .trash {
            var stem = CommentFile.stem(name: name(of: comment), date: comment.date)
            if !taken.insert(stem).inserted {
                stem += "-" + Slug.make(comment.id)
                taken.insert(stem)
            }
            stems[comment.id] = stem
            if comment.kind == .comment { threaded.insert(comment.id) }
        }
        for comment in sorted {
            guard comment.status != .trash, let stem = stems[comment.id] else {
                plan.summary.commentsLeftOut += 1
                continue
            }
            let status: CommentStatus = switch comment.status {
            case .approved, .trash: .published
            case .pending: .pending
            case .spam: .spam
            }
            let html = blog.engine == .wordpress ? WordPressAutop.paragraphs(comment.body) : comment.body
            let body = HTMLMarkdown.markdown(html, options: .init(rawHTML: false) { [newPaths] url in
                Self.internalLink(url, ownKey: nil, newPaths: newPaths) ?? url
            })
            let text: String?
            switch comment.kind {
            case .pingback, .trackback:
                guard URLRules.isWebURL(comment.authorURL) else {
                    plan.diagnostics.append(.warning("\(comment.kind.rawValue) \(comment.id) has no http(s) source; left out",
                                                     at: location(comment.line)))
                    plan.summary.commentsLeftOut += 1
                    continue
                }
                let title = HTMLText.plain(comment.authorName)
                let source = Self.internalLink(comment.authorURL, ownKey: nil, newPaths: newPaths).map { "https://" + options.host + $0 }
                text = try? CommentFile.text(name: name(of: comment), date: comment.date, status: status, kind: .mention,
                                             source: source ?? comment.authorURL, title: title.isEmpty ? nil : title, body: body)
                plan.summary.mentions += 1
            case .comment:
                var replyTo: String?
                if !comment.parentID.isEmpty {
                    if threaded.contains(comment.parentID) {
                        replyTo = stems[comment.parentID]
                    } else {
                        plan.diagnostics.append(.warning("comment \(comment.id) answers comment \(comment.parentID), which is left out; it is shown at the top level",
                                                         at: location(comment.line)))
                    }
                }
                let member = comment.login.isEmpty ? nil : options.map[comment.login] ?? (blog.engine == .disqus ? nil : options.author)
                text = try? CommentFile.text(name: name(of: comment), date: comment.date,
                                             website: URLRules.isWebURL(comment.authorURL) ? comment.authorURL : nil,
                                             member: member, replyTo: replyTo, status: status, body: body)
                switch status {
                case .published: plan.summary.commentsPublished += 1
                case .pending: plan.summary.commentsPending += 1
                case .spam: plan.summary.commentsSpam += 1
                }
            }
            if let text { plan.files.append(PlannedFile(path: "comments/\(post)/\(stem).md", content: .text(text))) }
        }
    }

    /// The name shown: a mention's source host; a commenter's name, never an e-mail or IP address typed as one.
    private func name(of comment: ImportedComment) -> String {
        if comment.kind != .comment { return URLComponents(string: comment.authorURL)?.host ?? options.anonymousName }
        let name = HTMLText.plain(comment.authorName)
        if name.isEmpty || CommentAuthorName.problem(of: name) != nil || name.contains("@") || name.wholeMatch(of: /[0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}/) != nil { return options.anonymousName }
        return name
    }
}
