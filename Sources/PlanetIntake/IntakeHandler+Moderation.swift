import Foundation
import PlanetCore
import PlanetParse
import PlanetRender

/// `/moderate`: the moderation view. `GET /moderate/sign-in/<code>` shows a button (opening a link spends
/// nothing: mail clients fetch links); `POST /moderate/sign-in` spends the code (one rate-limit token per try)
/// and sets the session's cookie; `GET /moderate` lists what the moderator sees (filters `member`, `post`);
/// `POST /moderate/decide`, `/moderate/dismiss` and `/moderate/sign-out` need the session, its CSRF token and an
/// `Origin` that is the intake's own; `GET /moderate/feed/<secret>` is the moderator's private Atom feed. A
/// member's moderator sees and decides only on their posts' comments. The store is read for every request, so
/// that a removed moderator's session fails at once.
extension IntakeHandler {
    /// The session cookie's name.
    static let sessionCookie = "planet_moderator"

    var moderators: ModeratorStore { ModeratorStore(spool: spool) }

    func moderation(_ request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let path = request.path
        let isGet = request.method == "GET" || request.method == "HEAD"
        switch path {
        case "/moderate":
            guard isGet else { return notAllowed("GET, HEAD") }
            return desk(request, site: site, now: now)
        case "/moderate/sign-in":
            guard request.method == "POST" else { return notAllowed("POST") }
            return await signIn(request, site: site, network: network, now: now)
        case "/moderate/decide", "/moderate/dismiss", "/moderate/sign-out":
            guard request.method == "POST" else { return notAllowed("POST") }
            return await change(request, site: site, now: now)
        case _ where path.hasPrefix("/moderate/sign-in/"):
            guard isGet else { return notAllowed("GET, HEAD") }
            let code = String(path.dropFirst("/moderate/sign-in/".count))
            guard IntakeSecrets.isToken(code) else { return moderationPage(.notFound, ModerationPage(kind: .linkRefused), site: site) }
            return moderationPage(.ok, ModerationPage(kind: .signIn(code: code)), site: site)
        case _ where path.hasPrefix("/moderate/feed/"):
            guard isGet else { return notAllowed("GET, HEAD") }
            return feed(request, secret: String(path.dropFirst("/moderate/feed/".count)), site: site)
        default:
            return moderationPage(.notFound, ModerationPage(kind: .signedOut), site: site)
        }
    }

    // MARK: Pages

    private func desk(_ request: IntakeRequest, site: SiteKnowledge, now: Date) -> IntakeResponse {
        guard let (moderator, token) = session(request, now: now) else {
            return moderationPage(.forbidden, ModerationPage(kind: .signedOut), site: site)
        }
        let query = (try? FormDecoding.decode(Array(request.query.utf8))) ?? [:]
        let visible = desk.pending().filter { moderator.sees(author: $0.comment.postAuthorID) }
        let memberFilter = query["member"].flatMap { $0.isEmpty ? nil : $0 }
        let postFilter = query["post"].flatMap { $0.isEmpty ? nil : $0 }
        let shown = visible.filter { item in
            (memberFilter.map { $0 == item.comment.postAuthorID } ?? true) && (postFilter.map { $0 == item.post } ?? true)
        }
        let removals = spool.removalRequests().filter { moderator.sees(author: $0.postAuthorID) }
        let page = ModerationPage(
            kind: .desk, moderator: moderator.id, member: moderator.member, items: shown.map(Self.moderationItem),
            removals: removals.map { ModerationItem.Place(post: "\($0.postAuthorID)/\($0.postSlug)", id: $0.id) },
            members: Set(visible.map(\.comment.postAuthorID)).sorted(), posts: Set(visible.map(\.post)).sorted(),
            memberFilter: memberFilter, postFilter: postFilter, csrf: Self.csrf(token),
            notice: query["notice"].flatMap(ModerationPage.Notice.init(rawValue:)))
        return moderationPage(.ok, page, site: site)
    }

    private func feed(_ request: IntakeRequest, secret: String, site: SiteKnowledge) -> IntakeResponse {
        guard IntakeSecrets.isToken(secret), let moderator = moderators.moderator(feed: secret), let pages = site.pages else {
            return text(.notFound, "Not found.\n")
        }
        let items = desk.pending().filter { moderator.sees(author: $0.comment.postAuthorID) }.map(Self.moderationItem)
        let xml = pages.moderationFeed(items, intake: ownOrigins(request, site: site).first ?? "", updated: Date(timeIntervalSince1970: 0))
        return IntakeResponse(status: HTTPStatus.ok.rawValue, headers: [
            ("Content-Type", "application/atom+xml; charset=utf-8"), ("Cache-Control", "private, no-store"),
            ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
        ], body: Array(xml.utf8))
    }

    // MARK: Forms

    private func signIn(_ request: IntakeRequest, site: SiteKnowledge, network: String, now: Date) async -> IntakeResponse {
        guard await state.admit(network, now: now) else {
            return moderationPage(.tooManyRequests, ModerationPage(kind: .linkRefused), site: site, headers: [("Retry-After", "60")])
        }
        guard isOwnOrigin(request, site: site), case .fields(let form) = await readForm(request, limit: 4096),
              let code = form["code"], IntakeSecrets.isToken(code) else {
            await state.noteRefusal(network, now: now)
            return moderationPage(.forbidden, ModerationPage(kind: .linkRefused), site: site)
        }
        let store = moderators
        let signedIn: (moderator: Moderator, session: String)?
        do {
            signedIn = try await queue.run { try store.signIn(code: code, now: now) }
        } catch {
            log("moderation: a session could not be stored: \(Self.reason(error))")
            return moderationPage(.serviceUnavailable, ModerationPage(kind: .linkRefused), site: site, headers: [("Retry-After", "60")])
        }
        guard let signedIn else {
            await state.noteRefusal(network, now: now)
            return moderationPage(.forbidden, ModerationPage(kind: .linkRefused), site: site)
        }
        log("moderation: a moderator signed in")
        return redirect("/moderate", headers: [("Set-Cookie", Self.cookie(signedIn.session, maxAge: Int(ModeratorStore.sessionLifetime)))])
    }

    /// `decide`, `dismiss` and `sign-out`: a session, an own `Origin` and the session's CSRF token, or 403.
    private func change(_ request: IntakeRequest, site: SiteKnowledge, now: Date) async -> IntakeResponse {
        guard let (moderator, token) = session(request, now: now) else {
            return moderationPage(.forbidden, ModerationPage(kind: .signedOut), site: site)
        }
        guard isOwnOrigin(request, site: site), case .fields(let form) = await readForm(request, limit: 8192),
              IntakeSecrets.same(form["csrf"] ?? "", Self.csrf(token)) else {
            return moderationPage(.forbidden, ModerationPage(kind: .signedOut), site: site)
        }
        if request.path == "/moderate/sign-out" {
            let store = moderators
            do {
                try await queue.run { try store.signOut(session: token, now: now) }
            } catch {
                log("moderation: a session could not be ended: \(Self.reason(error))")
                return moderationPage(.serviceUnavailable, ModerationPage(kind: .signedOut), site: site, headers: [("Retry-After", "60")])
            }
            return redirect("/moderate", headers: [("Set-Cookie", Self.cookie("", maxAge: 0))])
        }
        let parts = (form["post"] ?? "").split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let id = form["id"] else {
            return moderationPage(.badRequest, ModerationPage(kind: .signedOut), site: site)
        }
        let comment = SpooledComment(postAuthorID: parts[0], postSlug: parts[1], id: id)
        guard moderator.sees(author: comment.postAuthorID) else {
            return moderationPage(.forbidden, ModerationPage(kind: .signedOut), site: site)
        }
        var back = [("member", form["filter_member"] ?? ""), ("post", form["filter_post"] ?? "")].filter { !$0.1.isEmpty }
        if request.path == "/moderate/dismiss" {
            // Only a request listed: the form's values never make a path of their own.
            guard spool.removalRequests().contains(comment) else { return redirect(Self.deskURL(back + [("notice", "gone")])) }
            let spool = self.spool
            do {
                try await queue.run { try spool.dismissRemoval(of: comment) }
            } catch {
                log("moderation: a removal request on \(form["post"] ?? "") could not be dismissed: \(Self.reason(error))")
                return moderationPage(.serviceUnavailable, ModerationPage(kind: .signedOut), site: site, headers: [("Retry-After", "60")])
            }
            return redirect(Self.deskURL(back + [("notice", ModerationPage.Notice.dismissed.rawValue)]))
        }
        guard let action = form["action"].flatMap(ModerationAction.init(rawValue:)) else {
            return moderationPage(.badRequest, ModerationPage(kind: .signedOut), site: site)
        }
        // Only a pending comment listed: the form's values never make a path of their own.
        guard spool.pending().contains(comment) else { return redirect(Self.deskURL(back + [("notice", "gone")])) }
        do {
            try await desk.decide(action, on: comment, by: moderator.id)
            back.append(("notice", action.rawValue))
            log("moderation: \(action.rawValue) on a comment on \(comment.postAuthorID)/\(comment.postSlug)")
        } catch is ModerationDesk.NotPending {
            back.append(("notice", ModerationPage.Notice.gone.rawValue))
        } catch {
            log("moderation: a decision on \(comment.postAuthorID)/\(comment.postSlug) could not be stored: \(Self.reason(error))")
            return moderationPage(.serviceUnavailable, ModerationPage(kind: .signedOut), site: site, headers: [("Retry-After", "60")])
        }
        return redirect(Self.deskURL(back))
    }

    // MARK: Sessions and origins

    /// The signed-in moderator and their session's token, from the request's cookie; nil without a live session.
    private func session(_ request: IntakeRequest, now: Date) -> (Moderator, String)? {
        for header in request.headerValues("Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == Self.sessionCookie, IntakeSecrets.isToken(parts[1]) else { continue }
                if let moderator = moderators.moderator(session: parts[1], now: now) { return (moderator, parts[1]) }
            }
        }
        return nil
    }

    /// Whether the request's `Origin` is the intake's own: `comments.intake`'s origin, or, on a local run
    /// (`--base-url`), `http://<Host>`. A request without `Origin` is refused: every browser sends it with a POST.
    private func isOwnOrigin(_ request: IntakeRequest, site: SiteKnowledge) -> Bool {
        guard let origin = request.header("Origin").flatMap(WebOrigin.of) else { return false }
        return ownOrigins(request, site: site).contains(origin)
    }

    private func ownOrigins(_ request: IntakeRequest, site: SiteKnowledge) -> [String] {
        var origins = [site.settings.intakeOrigin].compactMap { $0 }
        if state.overrides.intakeURL != nil, let host = request.header("Host"), let local = WebOrigin.of("http://" + host) {
            origins.append(local)
        }
        return origins
    }

    /// The session's CSRF token: derived from its secret, so that nothing more is stored.
    static func csrf(_ session: String) -> String {
        IntakeSecrets.mac("csrf", key: Data(session.utf8))
    }

    static func cookie(_ value: String, maxAge: Int) -> String {
        "\(sessionCookie)=\(value); HttpOnly; Secure; SameSite=Strict; Path=/moderate; Max-Age=\(maxAge)"
    }

    static func deskURL(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "/moderate" }
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return "/moderate?" + query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    static func moderationItem(_ item: PendingItem) -> ModerationItem {
        let date = try? DateParser.parse(item.date, timeZone: TimeZone(identifier: "UTC")!).get()
        return ModerationItem(
            place: ModerationItem.Place(post: item.post, id: item.comment.id), authorName: item.authorName, date: date,
            website: item.website, replyTo: item.replyTo, kind: item.kind, source: item.source, body: item.body,
            network: item.network.flatMap(SocialNetwork.init(rawValue:)), deletedUpstream: item.deletedUpstream)
    }

    /// A page of the moderation view: never cached, never framed, and no `Referer` leaves it for another origin
    /// (`same-origin`: under `no-referrer`, a browser sends `Origin: null` with the view's own forms).
    func moderationPage(
        _ status: HTTPStatus, _ page: ModerationPage, site: SiteKnowledge, headers: [(name: String, value: String)] = []
    ) -> IntakeResponse {
        self.page(status, site.pages?.render(page) ?? Array("\(status.rawValue)\n".utf8), site: site, headers: headers)
    }
}
