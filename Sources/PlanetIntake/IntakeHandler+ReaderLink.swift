import Foundation
import PlanetRender

/// `/comment/<token>`: the reader's private link to their comment. GET shows it; POST `action=edit` (with
/// `message`) or `action=withdraw` while it is pending, `action=remove` once it is published. Every POST spends a
/// rate-limit token; an unknown token is a 404 that says no more than that.
extension IntakeHandler {
    func readerLink(_ request: IntakeRequest, token: String, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let strings = IntakeStrings.forSite(site)
        let isPost = request.method == "POST"
        guard isPost || request.method == "GET" || request.method == "HEAD" else { return notAllowed("GET, HEAD, POST") }
        if isPost, !(await state.admit(network, now: now)) {
            return page(.tooManyRequests, ResponsePage.refusal(strings.tooMany, site: site), site: site, headers: [("Retry-After", "60")])
        }
        let gone = page(.notFound, ResponsePage.own(OwnComment(state: .gone, actionURL: ""), site: site),
                        site: site)
        guard var link = links.record(token: token), let comment = link.comment else { return gone }
        if link.state == .pending, !spool.isPending(comment) {
            // Decided from a terminal (`planet comment review --spool`), which keeps no links.
            guard spool.isApproved(comment) else {
                links.forget(comment)
                return gone
            }
            link.state = .approved
        }
        let action = "/comment/\(token)"
        // The page's forms post to the intake's own address (absolute, as every form of the theme).
        let formAction = (site.settings.intake ?? "") + action
        guard isPost else {
            var message = ""
            if link.state == .pending, let text = try? spool.text(of: comment),
               let item = PendingItem(comment: comment, text: String(decoding: text, as: UTF8.self)) {
                message = item.body
            }
            let state = Self.ownState(link.state)
            let saved = request.query == "saved" && link.state == .pending
            return page(.ok, ResponsePage.own(
                OwnComment(state: state, actionURL: formAction, message: message, commentID: link.id, saved: saved), post: link.post, site: site),
                site: site)
        }
        guard FormOrigin.allows(origin: request.header("Origin"), referer: request.header("Referer"), site: site) else {
            return page(.forbidden, ResponsePage.refusal(strings.otherSite, site: site), site: site)
        }
        let form: [String: String]
        switch await readForm(request, limit: state.limits.maxBodyBytes) {
        case .fields(let fields): form = fields
        case .tooLarge: return page(.payloadTooLarge, ResponsePage.refusal(strings.tooLarge, site: site), site: site)
        case .refused(let status): return page(status, ResponsePage.refusal(strings.badForm, site: site), site: site)
        }
        switch (form["action"], link.state) {
        case ("withdraw", .pending):
            do {
                let spool = self.spool, links = self.links
                try await queue.run {
                    guard spool.isPending(comment) else { throw ModerationDesk.NotPending() }
                    try spool.withdraw(comment)
                    links.forget(comment)
                    Subscriptions(spool: spool).remove(comment)
                }
            } catch {
                return redirect(action)
            }
            log("a reader withdrew a comment on \(link.post)")
            return page(.ok, ResponsePage.own(OwnComment(state: .withdrawn, actionURL: formAction), post: link.post, site: site), site: site)
        case ("edit", .pending):
            let message = TextNormalization.message(form["message"] ?? "")
            let problems = SubmissionValidation.messageProblems(message, limits: state.limits)
            guard problems.isEmpty else {
                return page(.unprocessableContent, ResponsePage.own(
                    OwnComment(state: .pending, actionURL: formAction, message: form["message"] ?? "", commentID: link.id), post: link.post,
                    problems: problems.map(strings.text(of:)), site: site), site: site)
            }
            let spool = self.spool
            do {
                try await queue.run {
                    guard spool.isPending(comment) else { throw ModerationDesk.NotPending() }
                    try spool.replaceMessage(of: comment, with: message)
                }
            } catch {
                return redirect(action)
            }
            log("a reader edited a comment on \(link.post)")
            return redirect(action + "?saved")
        case ("remove", .published):
            let links = self.links, spool = self.spool
            do {
                try await queue.run {
                    try spool.requestRemoval(of: comment, now: now)
                    try links.update(comment, to: .removalRequested)
                }
            } catch {
                log("spool: a removal request for a comment on \(link.post) could not be stored: \(Self.reason(error))")
                return page(.serviceUnavailable, ResponsePage.refusal(strings.text(of: .notStored), site: site), site: site,
                            headers: [("Retry-After", "300")])
            }
            log("a reader asked for the removal of a comment on \(link.post)")
            return redirect(action)
        default:
            // A second click, or a form of an older state: the page as it is now.
            return redirect(action)
        }
    }

    static func ownState(_ state: ReaderLink.State) -> OwnComment.State {
        switch state {
        case .pending: .pending
        case .approved: .approved
        case .published: .published
        case .removalRequested: .removalRequested
        }
    }
}
