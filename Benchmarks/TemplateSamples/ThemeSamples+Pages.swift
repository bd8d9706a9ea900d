import PlanetTemplate

extension ThemeSamples {
    /// Every page template, a post item, and the pages again with a second set of flags.
    public var pages: [ThemeSample] {
        [
            sample("home", "home", [("page", page("Accueil", navigation: "nav_home")), ("posts", posts()),
                                    ("conversations", conversations)] + paginated(1, of: 3)),
            sample("post", "post", [("page", page("Billet <1>", type: "article", section: "nav_authors")), ("post", postValues(1))]),
            sample("post, outside entry", "post", [("page", page("Billet 6", type: "article")), ("post", postValues(6))]),
            sample("post, member's page", "post", [("page", page("À propos <de> moi", type: "article", section: "nav_authors")),
                                                   ("post", memberPageValues)]),
            sample("author", "author", [("page", page("Membre", type: "profile", section: "nav_authors")), ("author", authorPage), ("posts", posts(from: 3))]
                   + paginated(2, of: 2)),
            sample("authors", "authors", [("page", page("Les membres", navigation: "nav_authors")), ("authors", authorCards)]),
            sample("tags", "tags", [("page", page("Les thèmes", navigation: "nav_tags")), ("tags", tagList)]),
            sample("tag", "tag", [("page", page("Billets classés « soins »", section: "nav_tags")), ("tag", tagPage), ("posts", posts(from: 1))]
                   + paginated(1, of: 1)),
            sample("hashtags", "hashtags", [("page", page("Les hashtags", navigation: "nav_hashtags")), ("hashtags", hashtagList)]),
            sample("hashtag", "hashtag", [("page", page("#Santé", section: "nav_hashtags")), ("hashtag", hashtagPage), ("posts", posts(from: 2)),
                                          ("members", memberList()), ("comments", hashtagComments)] + paginated(3, of: 3)),
            sample("page", "page", [("page", page("À propos")), ("content_page", object([
                ("title", "À propos <de> nous & \"vous\""), ("content_html", "<p>Texte &amp; <em>HTML</em></p>\n"),
            ]))]),
            sample("archives", "archives", [("page", page("Archives", navigation: "nav_archives")), ("years", archivePeriods(full ? 3 : 0, nested: true))]),
            sample("archive", "archive", [("page", page("Mars 2026", section: "nav_archives")), ("archive", object([
                ("count_label", "3 billets"), ("up_url", "/planet/archives/2026/"), ("up_label", "2026 & <co>"),
                ("months", archivePeriods(full ? 2 : 0, nested: false)),
            ])), ("posts", posts(from: 1))] + paginated(2, of: 3)),
            sample("search", "search", [("page", page("Recherche : <garde>")), ("search", searchValues)] + paginated(2, of: 4)),
            sample("404", "404", [("page", page("Page introuvable"))]),
            sample("intake", "intake", [("page", page("Votre commentaire n’est pas encore parti")), ("intake", intake)]),
            sample("moderation", "moderation", [("page", page("Modération")), ("moderation", moderation), ("private_page", .bool(true))]),
            sample("letters", "letters", [("page", page("Les lettres de la semaine")), ("feed_url", "/planet/lettres/atom.xml"),
                                          ("subscribe_url", full ? "https://i.example/letter/subscribe?a&b" : .null),
                                          ("letters", .list(full ? [object([("title", "La lettre <49>"), ("url", "/planet/lettres/2026-49/"),
                                                                            ("start_iso", "2026-11-29T23:00:00Z"), ("post_count_label", "3 billets")])] : []))]),
            sample("letter", "letter", [("page", page("La lettre <49>")), ("letter", letter), ("letters_url", "/planet/lettres/"),
                                        ("subscribe_url", full ? "https://i.example/letter/subscribe?a&b" : .null),
                                        ("previous", full ? object([("title", "La lettre 48"), ("url", "/planet/lettres/2026-48/")]) : .null)]),
            sample("letter mail", "letter-mail", [("letter", letter), ("site_title", "Planète <&>"), ("site_url", "https://p.example/"),
                                                  ("unsubscribe_url", .string(full ? "https://i.example/letter/unsubscribe?t=a&b" : ""))]),
        ] + (0..<3).map { number in
            ThemeSample(label: "post item \(number)", template: "partials/post-item", contexts: [siteWide, summary(number * 5 + 1)])
        }
    }

    private func sample(_ label: String, _ template: String, _ fields: [(String, TemplateValue)]) -> ThemeSample {
        guard case .object(let siteWide) = siteWide else { fatalError("site-wide values are an object") }
        var values = siteWide
        for (key, value) in fields { values[key] = value }
        return ThemeSample(label: "\(label) (\(full ? "full" : "sparse"))", template: template, contexts: [.object(values)])
    }

    private func paginated(_ current: Int, of total: Int) -> [(String, TemplateValue)] {
        pagination(current, of: total).map { [("pagination", $0)] } ?? []
    }

    private var letter: TemplateValue {
        let post = object([("title", "Un <billet> & \"co\""), ("url", "/planet/a/b/"), ("summary", .string(full ? "Résumé <&>" : "")),
                           ("author_name", "Zoé"), ("date_iso", "2026-11-30T08:00:00Z"), ("date_display", "30 novembre 2026"),
                           ("outside", .bool(full)), ("origin_name", "Blog <z>"), ("origin_url", .string(full ? "https://z.example/?a&b" : ""))])
        return object([
            ("title", "La lettre <49>"), ("url", "/planet/lettres/2026-49/"), ("start_iso", "2026-11-29T23:00:00Z"),
            ("start_display", "30 novembre 2026"), ("end_display", "6 décembre 2026"), ("post_count_label", "3 billets"),
            ("members", .list(full ? [object([("name", "Zoé <O'Brien>"), ("url", "/planet/zoe/"), ("posts", .list([post, post]))])] : [])),
            ("conversations", .list(full ? [object([("title", "Un fil"), ("url", "/planet/a/b/#comments"), ("author_name", "Zoé"),
                                                    ("comment_label", "2 commentaires"), ("has_comments", .bool(true)),
                                                    ("response_label", "1 réponse"), ("responses", .list([post]))])] : [])),
            ("new_members", .list(full ? [object([("title", "Yann"), ("url", "/planet/yann/")])] : [])),
            ("hashtags", .list(full ? [object([("name", "Santé"), ("url", "/planet/hashtags/sante/"), ("count_label", "3 mentions")])] : [])),
        ])
    }

    private var searchValues: TemplateValue {
        let results: [TemplateValue] = full ? (0..<3).map { number in
            object([("title", .string("Résultat <\(number)> & co")), ("url", .string("/planet/x/\(number)/")), ("author", author(number)),
                    ("date_iso", "2026-11-27T10:00:00Z"), ("date_display", "27 novembre 2026"),
                    ("snippet", .list([object([("text", "Les "), ("marked", false)]), object([("text", "<soignantes>"), ("marked", true)]),
                                       object([("text", " & co…"), ("marked", false)])]))])
        } : []
        return object([
            ("query", .string(full ? "garde \"nuit <blanche>\"" : "kangourou")), ("action_url", "https://intake.example/search"),
            ("member", .string(full ? "alice" : "")), ("tag", .string(full ? "Nuit & jour" : "")), ("year", .string(full ? "2025" : "")),
            ("has_query", true), ("count_label", .string(full ? "3 résultats" : "Aucun résultat")), ("results", .list(results)),
            ("no_results", .bool(!full)), ("filtered", .bool(full)), ("unfiltered_url", "https://intake.example/search?q=garde&x=<1>"),
            ("archives_url", "/planet/archives/"),
        ])
    }

    private var conversations: TemplateValue {
        .list(full ? (0..<3).map { number in
            object([("url", .string("/planet/x/\(number)/#comments")), ("title", "Une <conversation> & \"débat\""),
                    ("comment_label", "3 commentaires"), ("last_author", "Zoé O'Brien"),
                    ("date_iso", "2026-11-27T12:00:00Z"), ("date_display", "27 novembre")])
        } : [])
    }

    private var authorPage: TemplateValue {
        guard case .object(var fields) = author(2) else { return author(2) }
        fields["bio"] = .string(full ? "Aide-soignante <la nuit> & \"blogueuse\"" : "")
        fields["website"] = .string(full ? "https://zoe.example/?a=1&b=2" : "")
        fields["links"] = .list(full ? [object([("title", "Mastodon <@zoe>"), ("url", "https://m.example/@zoe")])] : [])
        fields["post_count"] = .int(42)
        fields["post_count_label"] = "42 billets"
        fields["feed_url"] = "/planet/member2/atom.xml"
        fields["top_tags"] = .list(full ? [object([("name", "soins & <care>"), ("url", "/planet/tags/soins/"), count(3)])] : [])
        fields["top_hashtags"] = .list(full ? [object([("name", "Santé"), ("url", "/planet/hashtags/sante/"), count(2)])] : [])
        fields["years"] = archivePeriods(full ? 2 : 0, nested: false)
        fields["pages"] = .list(full ? [object([("title", "À propos <de> moi & \"vous\""), ("url", "/planet/member2/a-propos/")]),
                                        object([("title", "Mon cabinet"), ("url", "/planet/member2/cabinet/")])] : [])
        return .object(fields)
    }

    /// A member's own page in the `post` template: a post's values without date, tags or neighbours.
    private var memberPageValues: TemplateValue {
        guard case .object(var fields) = postValues(2) else { return postValues(2) }
        fields["is_page"] = .bool(true)
        fields["date_iso"] = ""
        fields["date_display"] = ""
        fields["tags"] = .list([])
        fields["comments_feed_url"] = ""
        fields["neighbours"] = nil
        fields["updated_display"] = ""
        return .object(fields)
    }

    private var authorCards: TemplateValue {
        .list((0..<5).map { number in
            guard case .object(var fields) = author(number) else { return author(number) }
            fields["bio"] = .string(full && number != 3 ? "Bio <\(number)> & \"co\"" : "")
            fields["post_count_label"] = .string("\(number) billets")
            if number.isMultiple(of: 2) {
                fields["last_post"] = object([("title", "Dernier <billet>"), ("url", "/planet/x/"), ("date_iso", "2026-11-27T10:00:00Z"),
                                              ("date_display", "27 novembre")])
            }
            return .object(fields)
        })
    }

    private var tagList: TemplateValue {
        .list(full ? (0..<8).map { number in
            object([("name", .string("thème <\(number)> & co")), ("url", .string("/planet/tags/t\(number)/")), count(number),
                    ("count_label", .string("\(number) billets"))])
        } : [])
    }

    private var tagPage: TemplateValue {
        object([
            ("name", "soins & <care>"), ("url", "/planet/tags/soins/"), ("feed_url", "/planet/tags/soins/atom.xml"),
            ("count_label", "12 billets"),
            ("related", .list(full ? (0..<4).map { number in
                object([("name", .string("lié \"\(number)\"")), ("url", .string("/planet/tags/l\(number)/")), count(number),
                        ("is_hashtag", .bool(number.isMultiple(of: 2)))])
            } : [])),
            ("members", memberList()),
        ])
    }

    private var hashtagList: TemplateValue {
        .list(full ? (0..<6).map { number in
            object([("name", .string("Santé\(number)")), ("url", .string("/planet/hashtags/sante\(number)/")), count(number * 3),
                    ("count_label", .string("\(number * 3) mentions")), ("size", .int(number % 5 + 1))])
        } : [])
    }

    private var hashtagPage: TemplateValue {
        object([("name", "Santé<>"), ("url", "/planet/hashtags/sante/"), ("feed_url", "/planet/hashtags/sante/atom.xml"),
                ("count_label", "7 mentions")])
    }

    /// An intake page: the form given back, with a quoted comment (full), or a refusal without the form (sparse).
    private var intake: TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("title", "Votre commentaire <n’est> pas encore parti"), ("intro", .string(full ? "Rien n’est perdu & tout va bien." : "")),
            ("problems", .list(["Un <problème> & \"un autre\""])),
            ("back_url", "https://example.org/planet/member1/billet-1/"), ("back_label", "Revenir au billet « <1> »"),
        ]
        if !full {
            fields.append(("own", object([
                ("action_url", "/comment/t<o>k"), ("pending", .bool(true)), ("published", .bool(false)), ("unsubscribe", .bool(true)),
                ("message", "Mon <texte> & moi"),
                ("message_max", .int(10_000)), ("comment_url", ""), ("saved", .bool(true)),
            ])))
        }
        if full {
            fields.append(("comment_form", commentForm(filled: true, titleLevel: 2)))
            fields.append(("quoted", object([
                ("author_name", "Zoé <O'Brien>"), ("url", "https://example.org/planet/member1/billet-1/#comment-c1"),
                ("date_iso", "2026-11-27T11:00:00Z"), ("date_display", "27 novembre 2026 à 11:00"),
                ("content_html", "<p>Un commentaire &amp; <a href=\"https://example.org/x\">un lien</a></p>\n<pre>  code</pre>"),
            ])))
        }
        return object(fields)
    }

    /// The moderation view: the desk with an item, its quote and thread, and a removal request (full), or a
    /// sign-in link's page (sparse).
    private var moderation: TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("title", "Modération <&>"), ("intro", "Rien n’est public <avant>."), ("back_url", "https://example.org/planet/"),
            ("back_label", "Revenir au site"),
        ]
        if full {
            let item = object([
                ("anchor", "item-1"), ("heading", "Commentaire de Zoé <O'Brien>"), ("post_url", "https://example.org/planet/member1/billet-1/"),
                ("post_title", "Billet « <1> »"), ("filter_url", "/moderate?post=member1/billet-1"), ("date_iso", "2026-11-27T11:00:00Z"),
                ("date_display", "27 novembre 2026 à 11:00"), ("website", "https://zoe.example/?a=1&b=2"), ("is_mention", .bool(false)),
                ("source", ""), ("quoted", object([
                    ("author_name", "Bob"), ("url", "https://example.org/planet/member1/billet-1/#comment-c1"),
                    ("date_iso", "2026-11-26T11:00:00Z"), ("date_display", "26 novembre 2026"), ("content_html", "<p>Premier &amp; <em>cher</em></p>"),
                ])), ("body", "Un <message>\n& deux lignes"), ("decide_url", "/moderate/decide"), ("post", "member1/billet-1"),
                ("id", "2026-11-27T11-00-00-zoe"), ("csrf", "c<s>rf"), ("member_filter", ""), ("post_filter", ""),
                ("thread", .list([object([("answered", .bool(true)), ("url", "https://example.org/planet/member1/billet-1/#comment-c1"),
                                          ("author_name", "Bob"), ("date_display", "26 novembre"), ("excerpt", "Premier & cher")])])),
            ])
            fields.append(("desk", object([
                ("signed_in_as", "Connectée en tant que <claire>"), ("sign_out_url", "/moderate/sign-out"), ("csrf", "c<s>rf"),
                ("notice", "Accepté."), ("filter_url", "/moderate"),
                ("member_options", .list([object([("value", ""), ("label", "Tous"), ("selected", .bool(true))])])),
                ("post_options", .list([object([("value", "member1/billet-1"), ("label", "Billet <1>"), ("selected", .bool(false))])])),
                ("items", .list([item])),
                ("removals", .list([object([
                    ("comment_url", "https://example.org/planet/member1/billet-1/#comment-c2"), ("post_title", "Billet <1>"),
                    ("path", "comments/member1/billet-1/c2.md"), ("dismiss_url", "/moderate/dismiss"), ("post", "member1/billet-1"),
                    ("id", "c2"), ("csrf", "c<s>rf"),
                ])])),
            ])))
        } else {
            fields.append(("sign_in", object([("action_url", "/moderate/sign-in"), ("code", "c<o>de")])))
        }
        return object(fields)
    }

    private var hashtagComments: TemplateValue {
        .list(full ? (0..<3).map { number in
            object([("author_name", .string("Ami·e \"\(number)\"")), ("url", .string("/planet/x/#comment-\(number)")),
                    ("post_title", "Un billet <titre> & co"), ("date_iso", "2026-11-27T10:00:00Z"), ("date_display", "27 novembre")])
        } : [])
    }
}
