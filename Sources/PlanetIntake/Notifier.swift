import Foundation
import PlanetMail
import PlanetTemplate

/// The intake's e-mail, when the operator configured outgoing mail (`mail:` in `planet.yaml`): a reader who gave
/// their address is told when their comment is published and when it gets its first reply; a moderator who gave
/// theirs gets a digest of what waits for them, at most one per `digestInterval`. Letters go through the outbox
/// (`Outbox`: written before sending, at most once); addresses live in `Subscriptions` and the moderators' store.
actor Notifier {
    let sender: any MailSending
    let from: MailAddress
    let outbox: Outbox
    let subscriptions: Subscriptions
    let desk: ModerationDesk
    let moderators: ModeratorStore
    let state: IntakeState
    let digestInterval: TimeInterval
    let log: @Sendable (String) -> Void
    private var nextAttempt = Date.distantPast
    private var failures = 0

    init(
        sender: any MailSending, from: MailAddress, spool: Spool, desk: ModerationDesk, state: IntakeState, digestInterval: TimeInterval,
        log: @escaping @Sendable (String) -> Void
    ) throws {
        self.sender = sender
        self.from = from
        outbox = try Outbox(spool: spool)
        subscriptions = Subscriptions(spool: spool)
        self.desk = desk
        moderators = ModeratorStore(spool: spool)
        self.state = state
        self.digestInterval = digestInterval
        self.log = log
        let dropped = outbox.dropInterrupted()
        if dropped > 0 { log("mail: \(dropped) message(s) interrupted while being sent were dropped (perhaps sent; never sent twice)") }
    }

    /// `comment` (whose message answers `replyTo`, if any) was delivered: its reader and the reader it answers
    /// are told, if they asked.
    func published(_ comment: SpooledComment, authorName: String, replyTo: String?, now: Date) async {
        let site = await state.site
        let strings = MailStrings.forSite(site)
        let post = "\(comment.postAuthorID)/\(comment.postSlug)"
        let title = site.threads[post]?.title ?? post
        let url = site.postURL(post) + "#comment-\(comment.id)"
        if var subscription = subscriptions.subscription(of: comment), !subscription.toldPublished {
            subscription.toldPublished = true
            do {
                try subscriptions.write(subscription, for: comment)
                try enqueue(to: subscription.address, subject: MailStrings.fill(strings.publishedSubject, ["title": title]),
                            paragraphs: [(MailStrings.fill(strings.publishedIntro, ["title": title]), nil), (strings.see, url)],
                            unsubscribe: comment, site: site, now: now)
            } catch {
                log("mail: a notice for a comment on \(post) could not be queued: \(IntakeHandler.reason(error))")
            }
        }
        if let replyTo {
            let answered = SpooledComment(postAuthorID: comment.postAuthorID, postSlug: comment.postSlug, id: replyTo)
            if let subscription = subscriptions.subscription(of: answered) {
                subscriptions.remove(answered)
                do {
                    try enqueue(to: subscription.address, subject: MailStrings.fill(strings.replySubject, ["title": title]),
                                paragraphs: [(MailStrings.fill(strings.replyIntro, ["title": title, "name": authorName]), nil), (strings.see, url)],
                                unsubscribe: nil, site: site, now: now)
                } catch {
                    log("mail: a notice for a reply on \(post) could not be queued: \(IntakeHandler.reason(error))")
                }
            }
        }
    }

    /// Forgets expired addresses, queues the moderators' digests that are due, and sends what waits.
    /// Queues the confirmation link of a weekly letter's new subscriber (double opt-in).
    func confirmLetter(to address: String, url: String, now: Date) async {
        let site = await state.site
        let strings = MailStrings.forSite(site)
        do {
            try enqueue(to: address, subject: strings.letterConfirmSubject, paragraphs: [(strings.letterConfirmIntro, url)], unsubscribe: nil,
                        site: site, now: now)
        } catch {
            log("mail: a letter subscription's confirmation could not be queued: \(IntakeHandler.reason(error))")
        }
    }

    func round(now: Date) async {
        let expired = subscriptions.expire(now: now)
        if expired > 0 { log("mail: \(expired) reader address(es) deleted after 30 days") }
        await queueDigests(now: now)
        guard now >= nextAttempt else { return }
        for (name, letter) in outbox.waiting() {
            do {
                try outbox.beginSending(name)
            } catch {
                continue
            }
            do {
                try await sender.send(message(of: letter))
                outbox.sent(name)
                failures = 0
            } catch {
                outbox.failed(name)
                failures += 1
                let delay = min(3600, 30 * pow(2, Double(min(failures, 7) - 1)))
                nextAttempt = now.addingTimeInterval(delay)
                log("mail: sending failed (\(failures)), retried in \(Int(delay)) s: \(error)")
                return
            }
        }
    }

    /// One digest per moderator with an address, when something they may decide arrived since their last one and
    /// that one is `digestInterval` old. What a digest tells is recorded before it is queued: never told twice.
    private func queueDigests(now: Date) async {
        guard let all = try? moderators.moderators(), all.contains(where: { $0.email != nil }) else { return }
        let pending = desk.pending()
        let site = await state.site
        let strings = MailStrings.forSite(site)
        for moderator in all {
            guard let address = moderator.email else { continue }
            let record = DigestRecord.read(spool: desk.spool, moderator: moderator.id)
            guard now.timeIntervalSince1970 - Double(record.last) >= digestInterval else { continue }
            let visible = pending.filter { moderator.sees(author: $0.comment.postAuthorID) }
            let keys = Set(visible.map { "\($0.post)/\($0.comment.id)" })
            let fresh = visible.filter { !record.told.contains("\($0.post)/\($0.comment.id)") }
            guard !fresh.isEmpty else { continue }
            let told = record.told.intersection(keys).union(fresh.map { "\($0.post)/\($0.comment.id)" })
            do {
                try DigestRecord(last: Int(now.timeIntervalSince1970), told: told).write(spool: desk.spool, moderator: moderator.id)
                let base = site.settings.intake ?? ""
                var paragraphs: [(String, String?)] = [(strings.digestIntro, nil)]
                for item in fresh {
                    let title = site.threads[item.post]?.title ?? item.post
                    paragraphs.append(("\(MailStrings.fill(strings.digestItem, ["name": item.authorName, "title": title])): \(item.body.prefix(300))",
                                       "\(base)/moderate?post=\(item.post)"))
                }
                paragraphs.append((strings.digestOpen, "\(base)/moderate"))
                try enqueue(to: address, subject: MailStrings.fill(strings.digestSubject, ["count": String(fresh.count)]),
                            paragraphs: paragraphs, unsubscribe: nil, site: site, now: now)
            } catch {
                log("mail: a digest could not be queued: \(IntakeHandler.reason(error))")
            }
        }
    }

    private func enqueue(
        to address: String, subject: String, paragraphs: [(String, String?)], unsubscribe: SpooledComment?, site: SiteKnowledge, now: Date
    ) throws {
        var headers = [MailHeader.autoGenerated]
        var paragraphs = paragraphs
        if let unsubscribe, let base = site.settings.intake {
            let url = "\(base)/unsubscribe/\(subscriptions.token(for: unsubscribe))"
            headers += MailHeader.oneClickUnsubscribe(url)
            paragraphs.append((MailStrings.forSite(site).unsubscribe, url))
        }
        let text = paragraphs.map { paragraph in paragraph.1.map { "\(paragraph.0)\n\($0)" } ?? paragraph.0 }.joined(separator: "\n\n") + "\n"
        let values = TemplateValue.object(TemplateObject([
            ("lang", .string(site.language)), ("subject", .string(subject)),
            ("paragraphs", .list(paragraphs.map { paragraph in
                .object(TemplateObject([("text", .string(paragraph.0)), ("url", paragraph.1.map(TemplateValue.string) ?? .string(""))]))
            })),
        ]))
        let html = String(decoding: try Self.library.renderBytes("mail", contexts: [values]), as: UTF8.self)
        let host = URL(string: site.settings.intake ?? site.baseURL)?.host ?? "planet.invalid"
        try outbox.enqueue(OutboxLetter(
            to: address, subject: subject, text: text, html: html, headers: headers.map { [$0.name, $0.value] },
            date: Int(now.timeIntervalSince1970), messageID: "\(UUID().uuidString.lowercased())@\(host)"))
    }

    private func message(of letter: OutboxLetter) -> MailMessage {
        MailMessage(
            from: from, to: MailAddress(letter.to), subject: letter.subject, text: letter.text, html: letter.html,
            headers: letter.headers.compactMap { $0.count == 2 ? MailHeader($0[0], $0[1]) : nil },
            date: Date(timeIntervalSince1970: Double(letter.date)), messageID: letter.messageID)
    }

    /// The HTML part: paragraphs, each with its link; no image, no style sheet, no tracking.
    private static let library: TemplateLibrary = {
        var library = TemplateLibrary()
        try? library.register("""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head><meta charset="utf-8"><title>{{subject}}</title></head>
            <body>
            {{#paragraphs}}
            <p>{{text}}{{^empty(url)}}<br><a href="{{url}}">{{url}}</a>{{/empty(url)}}</p>
            {{/paragraphs}}
            </body>
            </html>

            """, named: "mail")
        return library
    }()
}
