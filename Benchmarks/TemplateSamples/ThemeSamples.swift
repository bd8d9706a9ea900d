import PlanetTemplate

/// Representative values for every template of the built-in theme, with HTML-special characters, empty
/// strings and lists, absent optional values, nested sections and threaded comments, so that renderers can
/// be compared byte for byte and timed on the same pages.
public struct ThemeSamples: Sendable {
    /// Every interface string the theme reads, `t` in templates.
    let strings: [(String, String)]
    /// `false` makes the sparse variant: empty descriptions, avatars, summaries, lists; no pagination.
    let full: Bool
    /// Posts on a list page, comments in a post's thread.
    let count: Int

    public init(strings: [(String, String)], full: Bool, count: Int = 20) {
        self.strings = strings
        self.full = full
        self.count = count
    }

    /// `lang`, `t` and `site`: what every page and every post item sees.
    public var siteWide: TemplateValue {
        object([
            ("lang", "fr"),
            ("t", .object(TemplateObject(strings.map { ($0.0, .string($0.1)) }))),
            ("site", object([
                ("title", "Planète <Soignante> & \"les autres\" l'équipe"),
                ("description", .string(full ? "Des soignant·es qui écrivent : <b>pas de balise</b> & des 'guillemets'" : "")),
                ("base_url", "https://example.org/planet"),
                ("root", "/planet"),
                ("feed_url", "/planet/atom.xml"),
                ("form_action", "'self' https://example.org https://intake.example"),
                ("asset_origin", .string(full ? "https://example.org" : "")),
                ("archives_url", "/planet/archives/"),
                ("menu", .list(full ? [
                    object([("title", "À propos & contact"), ("url", "/planet/a-propos/"), ("current", true)]),
                    object([("title", "Charte \"éditoriale\""), ("url", "/planet/charte/"), ("current", false)]),
                ] : [])),
            ] + (full ? [("search_url", "https://intake.example/search")] : []))),
        ])
    }

    /// `navigation` is the item whose page it is, `section` the one it is under.
    func page(_ heading: String, type: String = "website", navigation: String? = nil, section: String? = nil) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("title", .string("\(heading) · Planète <Soignante>")),
            ("heading", .string(heading)),
            ("description", .string(full ? "Une description avec <, >, & et \"guillemets\"" : "")),
            ("url_abs", "https://example.org/planet/x/?a=1&b=2"),
            ("og_type", .string(type)),
            ("og_image_abs", .string(full ? "https://example.org/planet/alice/avatar.png" : "")),
            ("feeds", .list(full ? [object([("title", "Tous les billets"), ("url", "/planet/atom.xml")])] : [])),
        ]
        if let navigation { fields += [(navigation, true), ("nav_current", "page")] }
        if let section, navigation == nil { fields += [(section, true), ("nav_current", "true")] }
        return object(fields)
    }

    func author(_ number: Int) -> TemplateValue {
        object([
            ("id", .string("member\(number)")),
            ("name", .string(number.isMultiple(of: 2) ? "Zoé O'Brien <\(number)>" : "Jean-Luc & Co \(number)")),
            ("url", .string("/planet/member\(number)/")),
            ("avatar_url", .string(full && number.isMultiple(of: 2) ? "/planet/member\(number)/avatar.jpg" : "")),
            ("initials", .string(number.isMultiple(of: 2) ? "ZO" : "J&")),
        ])
    }

    func tags(_ number: Int) -> TemplateValue {
        guard full, !number.isMultiple(of: 3) else { return .list([]) }
        return .list((0..<(number % 3 + 1)).map { tag in
            object([("name", .string("soins <\(tag)> & \"care\"")), ("url", .string("/planet/tags/soins-\(tag)/"))])
        })
    }

    func summaryFields(_ number: Int) -> [(String, TemplateValue)] {
        let comments = number % 4
        var fields: [(String, TemplateValue)] = [
            ("title", .string("Billet n°\(number) : <script>alert('x')</script> & \"suite\"")),
            ("url", .string("/planet/member\(number % 5)/billet-\(number)/")),
            ("date_iso", "2026-11-27T10:00:00Z"),
            ("date_display", "27 novembre 2026"),
            ("summary", .string(full && !number.isMultiple(of: 5) ? "Un résumé où l'on parle de <soins> & de \"care\"." : "")),
            ("tags", tags(number)),
            ("comment_count", .int(comments)),
            ("has_comments", .bool(comments > 0)),
            ("invites_comments", .bool(comments == 0 && !number.isMultiple(of: 7))),
            ("comment_label", .string(comments == 0 ? "Aucun commentaire" : "\(comments) commentaires")),
            ("comments_url", .string("/planet/member\(number % 5)/billet-\(number)/#comments")),
            ("author", author(number % 5)),
        ]
        if number.isMultiple(of: 6) {
            fields.append(("origin", object([
                ("name", "Le blog <d'à côté> & cie"),
                ("url", .string(number.isMultiple(of: 12) ? "" : "https://blog.example.net/p?id=\(number)&x=1")),
                ("blog_url", "https://blog.example.net/"),
            ])))
        }
        return fields
    }

    /// A post summary as `partials/post-item` sees it.
    public func summary(_ number: Int) -> TemplateValue { object(summaryFields(number)) }

    func listed(_ number: Int) -> TemplateValue {
        object(summaryFields(number) + [("item_html", .string("<article class=\"post-card\"><h2>Billet \(number) &amp; co</h2></article>\n"))])
    }

    func posts(from start: Int = 0) -> TemplateValue {
        .list(full ? (start..<(start + count)).map(listed) : [])
    }

    func pagination(_ current: Int, of total: Int) -> TemplateValue? {
        guard full else { return nil }
        return object([
            ("current", .int(current)),
            ("total", .int(total)),
            ("prev_url", .string(current > 1 ? "/planet/page/\(current - 1)/" : "")),
            ("next_url", .string(current < total ? "/planet/page/\(current + 1)/" : "")),
            ("label", .string("Page \(current) sur \(total)")),
        ])
    }

    func comment(_ number: Int, depth: Int) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("id", .string("c\(number)")),
            ("anchor", .string("comment-c\(number)")),
            ("author_name", .string("Lecteur·rice <\(number)> & \"ami\"")),
            ("initials", "L<"),
            ("date_iso", "2026-11-27T11:00:00Z"),
            ("date_display", "27 novembre 2026"),
            ("content_html", .string("<p>Commentaire \(number) &amp; <em>réponse</em></p>\n<pre>  code\n  indenté</pre>")),
            ("is_post_author", .bool(number.isMultiple(of: 4))),
            ("is_page_author", .bool(number % 4 == 2)),
        ]
        switch number % 3 {
        case 0: fields.append(("website", .string("https://site.example/?q=\(number)&r='1'")))
        case 1: fields.append(("website", ""))
        default: break
        }
        if number.isMultiple(of: 5) { fields.append(("member", author(number % 5))) }
        fields.append(("reply_context", .string("à Lecteur·rice <\(number)>, le 27 novembre 2026")))
        switch number % 3 {
        case 0: fields.append(("reply_url", .string("https://intake.example/reply?post=a/b&to=c\(number)")))
        case 1: fields.append(("reply_by_pull_request", object([
            ("path", "comments/a/b/AAAA-MM-JJ.md"), ("text", .string("---\nauthor: Votre nom\nreply_to: c\(number)\n---\n<texte> & co\n")),
            ("editor_url", ""), ("editor_label", ""),
        ])))
        default: break
        }
        let replies = depth < 3 && number % 3 != 2 ? (1...2).map { comment(number * 10 + $0, depth: depth + 1) } : []
        if !replies.isEmpty || number.isMultiple(of: 2) { fields.append(("replies", .list(replies))) }
        return object(fields)
    }

    func postValues(_ number: Int) -> TemplateValue {
        let threads = full ? (0..<max(1, count / 4)).map { comment($0 + 1, depth: 1) } : []
        var author = summaryFields(number).first { $0.0 == "author" }!.1
        if case .object(var fields) = author {
            fields["bio"] = .string(full ? "Infirmière & autrice <de nuit>, « passionnée »." : "")
            author = .object(fields)
        }
        let fields = summaryFields(number).filter { $0.0 != "author" } + [
            ("author", author),
            ("content_html", "<p>Du <strong>contenu</strong> &amp; un lien <a href=\"/x?a=1&amp;b=2\">ici</a>.</p>\n<pre>  ligne 1\n    ligne 2\n</pre>\n"),
            ("updated_iso", "2026-11-28T09:00:00Z"),
            ("updated_display", .string(full ? "28 novembre 2026" : "")),
            ("comments", .list(threads)),
            ("comments_feed_url", .string(full ? "/planet/member1/billet-\(number)/comments.xml" : "")),
            ("comments_closed", .bool(!full)),
            ("content_lang", full ? .string("en-GB") : .null),
        ] + (full ? [("comment_form", commentForm(filled: false, titleLevel: 3)), ("neighbours", neighbours(both: number == 1))] : [])
        return object(fields)
    }

    /// `comment_form`, with what a reader typed and the problems to fix when `filled`.
    func commentForm(filled: Bool, titleLevel: Int) -> TemplateValue {
        object([
            ("action", "https://intake.example/comments?a=1&b=2"), ("post_id", "member1/billet-1"),
            ("question", "Combien de jours <dans> une semaine ?"), ("has_question", .bool(full)),
            ("reply_options", .list((0..<(full ? 3 : 0)).map { number in
                object([("value", .string("c\(number)")), ("label", .string("Zoé <\(number)>, 27 novembre")),
                        ("selected", .bool(filled && number == 1))])
            })),
            ("has_reply_options", .bool(full)), ("name_max", 80), ("message_max", 10_000), ("trap_name", "planet_trap"),
            ("title_level", .int(titleLevel)),
            ("name", .string(filled ? "Zoé \"Z\" <z>" : "")), ("website", .string(filled ? "https://z.example/?a=1&b=2" : "")),
            ("message", .string(filled ? "</textarea><script>x</script>\n& ligne 2" : "")), ("answer", .string(filled ? "sept" : "")),
            ("reply_to", .string(filled ? "c1" : "")),
            ("problems", .list(filled ? ["Votre nom est <trop> long.", "La réponse & la question."] : [])),
        ])
    }

    func count(_ number: Int) -> (String, TemplateValue) { ("count", .int(number)) }

    /// A post's `neighbours`: the next post, and the previous one too when `both`.
    func neighbours(both: Bool) -> TemplateValue {
        let link = { (title: String, url: String) in
            self.object([("title", .string(title)), ("url", .string(url)), ("date_iso", "2026-11-27T10:00:00Z"), ("date_display", "27 novembre")])
        }
        return object([("label", "Les billets de Zoé <O'Brien>"), ("next", link("Le <suivant> & \"co\"", "/planet/member1/suivant/"))]
            + (both ? [("previous", link("Le précédent", "/planet/member1/precedent/"))] : []))
    }

    /// Years or months of the archives, with their months when `nested`.
    func archivePeriods(_ count: Int, nested: Bool) -> TemplateValue {
        .list((0..<count).map { number in
            object([("name", .string(nested ? "\(2026 - number)" : "Mars <\(number)>")), ("url", .string("/planet/archives/2026/0\(number + 1)/")),
                    self.count(number + 1), ("count_label", .string("\(number + 1) billets")),
                    ("months", nested ? archivePeriods(full ? 3 : 1, nested: false) : .list([]))])
        })
    }

    func memberList() -> TemplateValue {
        .list(full ? (0..<4).map { number in
            guard case .object(var fields) = author(number) else { return author(number) }
            fields["count"] = .int(10 - number)
            return .object(fields)
        } : [])
    }

    func object(_ pairs: [(String, TemplateValue)]) -> TemplateValue {
        .object(TemplateObject(pairs))
    }
}
