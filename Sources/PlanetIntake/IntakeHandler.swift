import Foundation
import PlanetFiles
import PlanetMentions

/// Answers the service's requests: `POST /comments`, `POST /webmention`, `GET /reply`, `GET /healthz`, the weekly
/// letter's `/letter/subscribe`, `/letter/confirm` and `/letter/unsubscribe`, whatever
/// HTTP server delivers them. It never throws: a bad request gets a clear 4xx and nothing is written. One log line per
/// request, with the address truncated, the method and path escaped and cut (`LogText`), no secret of a path, no
/// text of the message and no name; the line of a spooled comment names its post only.
struct IntakeHandler: Sendable {
    let state: IntakeState
    let spool: Spool
    /// The readers' private links to their comments (`/comment/<token>`).
    let links: ReaderLinks
    /// Whether mail goes out (a `Notifier` runs): readers' addresses are kept only then.
    var sendsMail = false
    /// The mail's notifier, when mail goes out: it sends the weekly letter's confirmation links.
    var notifier: Notifier?
    let mentions: any MentionHandling
    /// Take the client's address from the last `X-Forwarded-For` hop when the peer is the loopback address
    /// (the reverse proxy).
    let trustProxy: Bool
    let log: @Sendable (String) -> Void
    /// Whether each request gets its log line (not with `--quiet`).
    var logsRequests = true
    /// Spool writes, one at a time, off the server's threads.
    let queue = SpoolQueue()

    /// The moderators' side of the spool.
    var desk: ModerationDesk { ModerationDesk(spool: spool, links: links, queue: queue) }

    /// Every post spends a token of its network's rate limit (`IntakeState.admit`), but a honeypot's; a refused one
    /// (4xx) is recorded against the network.
    func handleRequest(_ request: IntakeRequest) async -> IntakeResponse {
        let started = Date()
        let network = AddressPrefix.truncated(clientAddress(request))
        let response = await respond(to: request, network: network, now: started)
        if request.method == "POST", request.path == "/comments" || request.path == "/webmention", (400..<500).contains(response.status) {
            await state.noteRefusal(network, now: started)
        }
        let milliseconds = Int((Date().timeIntervalSince(started) * 1000).rounded())
        if logsRequests { log("\(network) \(LogText.escaped(request.method, limit: 20)) \(LogText.escaped(Self.loggable(request.path))) \(response.status) \(milliseconds)ms") }
        return response
    }

    /// The paths whose last segment is a secret (a reader's private link, a moderator's sign-in link or feed).
    static let secretPrefixes = ["/comment/", "/moderate/sign-in/", "/moderate/feed/", "/unsubscribe/"]

    /// The path as logged: a secret segment replaced by `*`.
    static func loggable(_ path: String) -> String {
        for prefix in secretPrefixes where path.hasPrefix(prefix) && path.count > prefix.count { return prefix + "*" }
        return path
    }

    private func respond(to request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        switch request.path {
        case "/healthz":
            guard request.method == "GET" || request.method == "HEAD" else { return notAllowed("GET, HEAD") }
            let health = await state.health
            return text(health.problems.isEmpty ? .ok : .serviceUnavailable, health.report)
        case "/comments":
            guard request.method == "POST" else { return notAllowed("POST") }
            return await comment(request, network: network, now: now)
        case "/webmention":
            guard request.method == "POST" else { return notAllowed("POST") }
            return await webmention(request, network: network, now: now)
        case "/search":
            guard request.method == "GET" || request.method == "HEAD" else { return notAllowed("GET, HEAD") }
            return await search(request, network: network, now: now)
        case "/reply":
            guard request.method == "GET" || request.method == "HEAD" else { return notAllowed("GET, HEAD") }
            return await reply(request)
        case _ where request.path == "/moderate" || request.path.hasPrefix("/moderate/"):
            return await moderation(request, network: network, now: now)
        case "/letter/subscribe", "/letter/confirm", "/letter/unsubscribe":
            return await letter(request, network: network, now: now)
        case _ where request.path.hasPrefix("/unsubscribe/"):
            return await unsubscribe(request, token: String(request.path.dropFirst("/unsubscribe/".count)), network: network, now: now)
        case _ where request.path.hasPrefix("/comment/"):
            return await readerLink(request, token: String(request.path.dropFirst("/comment/".count)), network: network, now: now)
        default:
            let site = await state.site
            return page(.notFound, ResponsePage.refusal(IntakeStrings.forSite(site).notFound, site: site), site: site)
        }
    }

    private func comment(_ request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let strings = IntakeStrings.forSite(site)
        let form: [String: String]
        switch await readForm(request, limit: state.limits.maxBodyBytes, recovering: Self.recoveredBodyBytes(state.limits)) {
        case .fields(let fields): form = fields
        case .tooLarge(let fields):
            guard await state.admit(network, now: now) else { return tooMany(site, submission: fields.map(CommentSubmission.init(form:))) }
            return page(.payloadTooLarge, ResponsePage.notSent(strings.tooLarge, submission: fields.map(CommentSubmission.init(form:)), site: site),
                        site: site)
        case .refused(let refusal):
            guard await state.admit(network, now: now) else { return tooMany(site) }
            return page(refusal, ResponsePage.refusal(strings.badForm, site: site), site: site)
        }
        let submission = CommentSubmission(form: form)
        if !submission.email.isEmpty {
            let post = site.threads[submission.post] == nil ? site.baseURL + "/" : site.postURL(submission.post) + "#comment-received"
            return redirect(post)
        }
        guard await state.admit(network, now: now) else { return tooMany(site, submission: submission) }
        guard FormOrigin.allows(origin: request.header("Origin"), referer: request.header("Referer"), site: site) else {
            return page(.forbidden, ResponsePage.refusal(strings.otherSite, submission: submission, site: site), site: site)
        }
        var (verdict, known) = await state.decide(submission, now: now)
        if verdict == .refused(.unknownPost), let clone = state.clone {
            await clone.refreshForUnknownPost(now: now, wait: state.limits.pullWait)
            (verdict, known) = await state.decide(submission, now: Date())
        }
        switch verdict {
        case .bot(let post):
            return redirect(known.threads[post] == nil ? known.baseURL + "/" : known.postURL(post) + "#comment-received")
        case .duplicate(let post):
            return redirect(known.postURL(post) + "#comment-already-received")
        case .overloaded:
            return tooMany(known, submission: submission)
        case .refused(let refusal):
            let status: HTTPStatus = switch refusal {
            case .malformedID, .lineBreakInName: .badRequest
            case .unknownPost: .notFound
            case .commentsClosed: .forbidden
            }
            return page(status, ResponsePage.refusal(strings.text(of: refusal), submission: submission, site: known), site: known)
        case .mistakes(let problems):
            return page(.unprocessableContent, ResponsePage.mistakes(problems, submission: submission, site: known), site: known)
        case .accepted(let comment):
            let taken = known.threads[comment.post]?.takenIDs ?? []
            let token: String?
            do {
                (_, token) = try await write(comment, taken: taken, now: now)
                log("spooled a comment on \(comment.post)")
            } catch {
                await state.forget(comment.messageHash)
                log("spool: a comment on \(comment.post) could not be stored: \(Self.reason(error))")
                return page(.serviceUnavailable, ResponsePage.notSent(strings.text(of: .notStored), submission: submission, site: known),
                            site: known,
                            headers: [("Retry-After", "300")])
            }
            return redirect(token.map { "/comment/\($0)" } ?? known.postURL(comment.post) + "#comment-received")
        }
    }

    /// Why the spool could not be written, without the file's name (which holds the reader's).
    static func reason(_ error: any Error) -> String {
        if case .notWritten(_, let reason)? = error as? DurableFile.Failure { return reason }
        return LogText.line(String(describing: error))
    }

    private func webmention(_ request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        let form: [String: String]
        switch await readForm(request, limit: 8 * 1024) {
        case .fields(let fields): form = fields
        case .tooLarge:
            guard await state.admit(network, now: now) else { return text(.tooManyRequests, "Too many requests.\n") }
            return text(.payloadTooLarge, "The request is too large.\n")
        case .refused(let refusal):
            guard await state.admit(network, now: now) else { return text(.tooManyRequests, "Too many requests.\n") }
            return text(refusal, "The request is not a readable form.\n")
        }
        guard await state.admit(network, now: now) else { return text(.tooManyRequests, "Too many requests.\n") }
        let site = await state.site
        guard let mention = WebmentionRequest(form: form, baseURL: site.baseURL) else {
            return text(.badRequest, "source and target must be different http(s) URLs, the target on \(site.baseURL).\n")
        }
        guard await state.admitEveryone(now: now) else { return text(.tooManyRequests, "Too many requests.\n") }
        var rejection = await mentions.receive(source: mention.source, target: mention.target)
        if rejection == .unknownTarget, let clone = state.clone {
            await clone.refreshForUnknownPost(now: now, wait: state.limits.pullWait)
            rejection = await mentions.receive(source: mention.source, target: mention.target)
        }
        guard let rejection else { return text(.accepted, "Accepted: the mention will be verified.\n") }
        await state.refundEveryone()
        guard rejection.isClientError else { return text(.serviceUnavailable, "The mention could not be stored; try again later.\n") }
        return text(.badRequest, "Refused: \(rejection.reason).\n")
    }

    /// The body as form fields: 413 past `limit` bytes (told by Content-Length, or found while reading), with the
    /// fields when the body, up to `recovering` bytes, is a readable form all the same (so that the reader's text
    /// comes back); 415 when not form-urlencoded, 400 when not UTF-8 or badly escaped.
    func readForm(_ request: IntakeRequest, limit: Int, recovering: Int? = nil) async -> FormOutcome {
        let type = request.header("Content-Type")?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/x-www-form-urlencoded" else { return .refused(.unsupportedMediaType) }
        let bound = max(limit, recovering ?? limit)
        if let length = request.header("Content-Length").flatMap(Int.init), length > bound { return .tooLarge(nil) }
        let body: [UInt8]
        do {
            guard let read = try await request.readBody(bound) else { return .tooLarge(nil) }
            body = read
        } catch {
            return .refused(.badRequest)
        }
        guard body.count <= limit else { return .tooLarge(try? FormDecoding.decode(body)) }
        do {
            return .fields(try FormDecoding.decode(body))
        } catch {
            return .refused(.badRequest)
        }
    }

    /// How much of a body over the limit is still read to give the reader's text back: twice the limit, at least
    /// 256 KiB (what the README's proxies let through).
    static func recoveredBodyBytes(_ limits: IntakeLimits) -> Int {
        max(2 * limits.maxBodyBytes, 256 * 1024)
    }

    enum FormOutcome {
        case fields([String: String])
        /// Over the limit; the fields when they could be read all the same.
        case tooLarge([String: String]?)
        case refused(HTTPStatus)
    }

    /// `GET /reply?post=<author>/<slug>&to=<id>`: the form to answer a published comment, quoted above it (the
    /// target of the comments' "Reply" links).
    private func reply(_ request: IntakeRequest) async -> IntakeResponse {
        let site = await state.site
        let strings = IntakeStrings.forSite(site)
        guard let query = try? FormDecoding.decode(Array(request.query.utf8)), let post = query["post"], let id = query["to"],
              SubmissionValidation.isPlainID(id) else {
            return page(.badRequest, ResponsePage.refusal(strings.malformedID, site: site), site: site)
        }
        guard let thread = site.threads[post] else {
            return page(.notFound, ResponsePage.refusal(strings.unknownPost, site: site), site: site)
        }
        guard thread.commentsOpen else {
            return page(.forbidden, ResponsePage.refusal(strings.commentsClosed, submission: CommentSubmission(post: post), site: site), site: site)
        }
        guard thread.published.contains(where: { $0.id == id }) else {
            return page(.notFound, ResponsePage.refusal(strings.unknownReply, submission: CommentSubmission(post: post), site: site), site: site)
        }
        return page(.ok, ResponsePage.reply(post: post, to: id, site: site), site: site)
    }

    /// Spools `comment`, then makes the reader's link to it; nil when the link could not be made (the comment is
    /// kept all the same, and the reader is sent back to the post).
    private func write(_ comment: AcceptedComment, taken: Set<String>, now: Date) async throws -> (SpooledComment, String?) {
        let spool = self.spool, links = self.links, log = self.log, sendsMail = self.sendsMail
        return try await queue.run {
            let spooled = try spool.write(comment, takenIDs: taken)
            if sendsMail, let address = comment.notify {
                do {
                    try Subscriptions(spool: spool).add(address, for: spooled, now: now)
                } catch {
                    log("spool: a reader's address for a comment on \(comment.post) could not be stored: \(Self.reason(error))")
                }
            }
            do {
                return (spooled, try links.issue(for: spooled, now: now))
            } catch {
                log("spool: the reader's link to a comment on \(comment.post) could not be stored: \(Self.reason(error))")
                return (spooled, nil)
            }
        }
    }

    private func clientAddress(_ request: IntakeRequest) -> String {
        let peer = request.peer
        if trustProxy, peer == "127.0.0.1" || peer == "::1" || peer == "::ffff:127.0.0.1",
           let last = request.header("X-Forwarded-For")?.split(separator: ",").last {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return peer
    }

    /// 429, with the reader's text given back when there is one.
    func tooMany(_ site: SiteKnowledge, submission: CommentSubmission? = nil) -> IntakeResponse {
        let text = IntakeStrings.forSite(site).tooMany
        let html = submission.map { ResponsePage.notSent(text, submission: $0, site: site) } ?? ResponsePage.refusal(text, site: site)
        return page(.tooManyRequests, html, site: site, headers: [("Retry-After", "60")])
    }

    func redirect(_ location: String, headers: [(name: String, value: String)] = []) -> IntakeResponse {
        IntakeResponse(status: HTTPStatus.seeOther.rawValue, headers: headers + [("Location", location), ("Cache-Control", "no-store")])
    }

    func page(_ status: HTTPStatus, _ html: [UInt8], site: SiteKnowledge, headers: [(name: String, value: String)] = []) -> IntakeResponse {
        IntakeResponse(status: status.rawValue, headers: headers + [
            ("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
            ("Content-Security-Policy", ResponsePage.policy(site: site)), ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
        ], body: html)
    }

    func text(_ status: HTTPStatus, _ body: String) -> IntakeResponse {
        IntakeResponse(status: status.rawValue, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")],
                       body: Array(body.utf8))
    }

    func notAllowed(_ methods: String) -> IntakeResponse {
        IntakeResponse(status: HTTPStatus.methodNotAllowed.rawValue, headers: [("Allow", methods), ("Content-Type", "text/plain; charset=utf-8")],
                       body: Array("Method not allowed.\n".utf8))
    }
}
