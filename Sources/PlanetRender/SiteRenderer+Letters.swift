import Foundation
import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    /// The values of a letter, with links made by `context` (site paths on its page, absolute URLs elsewhere).
    func letterValues(_ letter: WeeklyLetter, _ context: ContextBuilder) -> LetterValues {
        let dates = context.dates
        let last = letter.end.addingTimeInterval(-1)
        let (start, end) = (dates.date(letter.start), dates.date(last))
        func post(_ index: Int) -> LetterPost {
            let post = site.posts[index]
            return LetterPost(
                title: post.title, url: context.link(post.path), summary: post.summary,
                authorName: site.author(post.authorID)?.name ?? post.authorID, dateISO: RFC3339.string(post.date),
                dateDisplay: dates.date(post.date), outside: post.origin != nil, originName: post.origin?.blogName ?? "",
                originURL: post.origin.map { $0.entryURL.isEmpty ? $0.blogURL : $0.entryURL } ?? "")
        }
        let postCount = letter.members.reduce(0) { $0 + $1.postIndices.count }
        return LetterValues(
            title: strings.format("letter_title", ["start": start, "end": end]),
            url: context.link(letter.path(language: site.config.language)), startISO: RFC3339.string(letter.start),
            startDisplay: start, endDisplay: end, postCountLabel: strings.plural("posts", count: postCount),
            members: letter.members.map { member in
                LetterMember(name: site.author(member.authorID)?.name ?? member.authorID, url: context.link("/\(member.authorID)/"),
                             posts: member.postIndices.map(post))
            },
            conversations: letter.conversations.map { conversation in
                let answered = site.posts[conversation.postIndex]
                return LetterConversation(
                    title: answered.title, url: context.link(answered.path) + (conversation.commentCount > 0 ? "#comments" : ""),
                    authorName: site.author(answered.authorID)?.name ?? answered.authorID,
                    commentLabel: strings.plural("comments", count: conversation.commentCount), hasComments: conversation.commentCount > 0,
                    responseLabel: strings.plural("responses", count: conversation.responseIndices.count),
                    responses: conversation.responseIndices.map(post))
            },
            newMembers: letter.newMemberIDs.map { TitledLink(title: site.author($0)?.name ?? $0, url: context.link("/\($0)/")) },
            hashtags: letter.hashtags.compactMap { use in
                site.hashtag(named: use.key).map {
                    LetterHashtag(name: $0.name, url: context.link($0.path), countLabel: strings.plural("mentions", count: use.count))
                }
            })
    }

    /// The intake's form for receiving the letter by e-mail: where readers comment through `planet intake` and no
    /// mailing list (`letter.list`) takes the letter, the intake keeps its subscribers.
    var letterSubscribeURL: String? {
        guard site.config.letterList == nil, let intake = site.config.comments.intake else { return nil }
        return intake + "/letter/subscribe"
    }

    /// `/letters/` (`/lettres/` on a French site): every letter, newest first; nil when there is none.
    func renderLettersIndex(_ context: ContextBuilder) -> OutputFile? {
        guard !site.letters.isEmpty else { return nil }
        let folder = "/\(WeeklyLetter.folder(language: site.config.language))/"
        let feed = context.feed(strings["feed_letters"], folder + "atom.xml")
        let common = context.base(path: folder, heading: strings["letters_title"], description: strings["letters_intro"],
                                  feeds: [feed, context.siteFeed], section: .home)
        let letters = site.letters.map { letter in
            let values = letterValues(letter, context)
            return LetterListing(title: values.title, url: values.url, startISO: values.startISO, postCountLabel: values.postCountLabel)
        }
        return page("letters", path: folder, common, LettersPage(letters: letters, feedURL: feed.url, subscribeURL: letterSubscribeURL))
    }

    /// A letter's page, linking to the letters before and after it.
    func renderLetter(_ index: Int, _ context: ContextBuilder) -> OutputFile {
        let letter = site.letters[index]
        let values = letterValues(letter, context)
        let folder = "/\(WeeklyLetter.folder(language: site.config.language))/"
        let path = letter.path(language: site.config.language)
        let common = context.base(path: path, heading: values.title, description: strings["letters_intro"],
                                  feeds: [context.feed(strings["feed_letters"], folder + "atom.xml"), context.siteFeed], section: .home)
        let link = { (other: WeeklyLetter) in
            TitledLink(title: strings.format("letter_title", [
                "start": context.dates.date(other.start), "end": context.dates.date(other.end.addingTimeInterval(-1)),
            ]), url: context.link(other.path(language: site.config.language)))
        }
        return page("letter", path: path, common, LetterPage(
            letter: values, lettersURL: context.link(folder), subscribeURL: letterSubscribeURL,
            previous: index + 1 < site.letters.count ? link(site.letters[index + 1]) : nil,
            next: index > 0 ? link(site.letters[index - 1]) : nil))
    }

    /// Every letter's content with absolute links, for the feed of letters and the e-mail, newest first; a letter
    /// whose template fails is left out, with its error.
    public func renderedLetters() -> (letters: [RenderedLetter], diagnostics: [Diagnostic]) {
        let context = ContextBuilder(site: site, strings: strings, offSite: true)
        var letters: [RenderedLetter] = []
        var diagnostics: [Diagnostic] = []
        for letter in site.letters {
            switch renderedLetter(letter, context) {
            case .success(let rendered): letters.append(rendered)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (letters, diagnostics)
    }

    /// The content of `week`'s letter with absolute links; nil when no letter of `week` is recorded.
    public func renderedLetter(_ week: LetterWeek) -> Result<RenderedLetter, Diagnostic>? {
        site.letters.first { $0.week == week }.map { renderedLetter($0, ContextBuilder(site: site, strings: strings, offSite: true)) }
    }

    private func renderedLetter(_ letter: WeeklyLetter, _ context: ContextBuilder) -> Result<RenderedLetter, Diagnostic> {
        let values = letterValues(letter, context)
        return html("partials/letter-content", mailValues(values, unsubscribeURL: "").encoded).map { bytes in
            RenderedLetter(
                week: letter.week, path: letter.path(language: site.config.language), title: values.title,
                subject: strings.format("letter_subject", ["site": site.config.title, "start": values.startDisplay, "end": values.endDisplay]),
                contentHTML: String(decoding: bytes, as: UTF8.self), text: letterText(values), date: letter.end)
        }
    }

    /// The HTML part of a letter's e-mail (`letter-mail`: inline styles, absolute links, no image) and its plain text
    /// part, for a recipient whose unsubscribe page is `unsubscribeURL` (empty for a mailing list); nil when no
    /// letter of `week` is recorded.
    public func letterMail(_ week: LetterWeek, unsubscribeURL: String) -> Result<(html: String, text: String), Diagnostic>? {
        guard let letter = site.letters.first(where: { $0.week == week }) else { return nil }
        let values = letterValues(letter, ContextBuilder(site: site, strings: strings, offSite: true))
        return html("letter-mail", mailValues(values, unsubscribeURL: unsubscribeURL).encoded).map { bytes in
            (String(decoding: bytes, as: UTF8.self), letterText(values, unsubscribeURL: unsubscribeURL))
        }
    }

    func mailValues(_ values: LetterValues, unsubscribeURL: String) -> PendingValue {
        PendingValue(encoding: LetterMailValues(
            lang: site.config.language, t: strings.values, siteTitle: site.config.title, siteURL: site.config.baseURL + "/",
            letter: values, unsubscribeURL: unsubscribeURL))
    }

    /// The letter as plain text: headings underlined, each post's title, summary and address.
    func letterText(_ values: LetterValues, unsubscribeURL: String = "") -> String {
        var lines: [String] = [values.title, String(repeating: "=", count: values.title.count), ""]
        func heading(_ key: String) {
            lines += [strings[key], String(repeating: "-", count: strings[key].count), ""]
        }
        func item(_ post: LetterPost, byline: Bool) {
            lines.append("* " + post.title + (byline ? " (\(post.authorName))" : ""))
            if post.outside { lines.append("  \(strings["letter_outside"]) \(post.originName)") }
            if !post.summary.isEmpty { lines.append("  " + post.summary) }
            lines += ["  <\(post.url)>", ""]
        }
        if !values.members.isEmpty {
            heading("letter_posts")
            for member in values.members {
                lines += [member.name, ""]
                for post in member.posts { item(post, byline: false) }
            }
        }
        if !values.conversations.isEmpty {
            heading("letter_conversations")
            for conversation in values.conversations {
                let counts = (conversation.hasComments ? [conversation.commentLabel] : [])
                    + (conversation.responses.isEmpty ? [] : [conversation.responseLabel])
                lines += ["* \(conversation.title) (\(conversation.authorName)), " + counts.joined(separator: ", "), "  <\(conversation.url)>"]
                for response in conversation.responses { lines.append("  - \(response.title) (\(response.authorName)) <\(response.url)>") }
                lines.append("")
            }
        }
        if !values.newMembers.isEmpty {
            heading("letter_new_members")
            lines += values.newMembers.map { "* \($0.title) <\($0.url)>" } + [""]
        }
        if !values.hashtags.isEmpty {
            heading("letter_hashtags")
            lines += [values.hashtags.map { "#\($0.name) (\($0.countLabel))" }.joined(separator: ", "), ""]
        }
        let colon = Typography.isFrench(site.config.language) ? "\u{202F}:" : ":"
        lines += ["-- ", "\(strings["letter_read_online"])\(colon) <\(values.url)>"]
        if !unsubscribeURL.isEmpty { lines += [strings["letter_why"], "\(strings["letter_unsubscribe"])\(colon) <\(unsubscribeURL)>"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An interface string of the site's language (`feed_letters`), spaced as on its pages.
    public func string(_ key: String) -> String {
        strings[key]
    }
}
