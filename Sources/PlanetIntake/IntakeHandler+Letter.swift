import Foundation
import PlanetRender

/// The weekly letter's subscription (`planet letter --send` sends to the confirmed addresses):
/// - `/letter/subscribe`: GET the form; POST an address (same origin checks and rate limit as comments): it is kept
///   unconfirmed in the spool, and a confirmation link is mailed to it (double opt-in).
/// - `/letter/confirm?s=<id>&t=<token>`: GET shows a button (mail programs open links on their own); POST confirms.
/// - `/letter/unsubscribe?s=<id>&t=<token>`: GET shows a button; POST (the button, or RFC 8058's one-click request
///   `List-Unsubscribe=One-Click` from a mail program) deletes the address. The answer is the same whether the link
///   named an address or not.
/// Addresses are never logged.
extension IntakeHandler {
    func letter(_ request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let base = site.settings.intake ?? ""
        let query = (try? FormDecoding.decode(Array(request.query.utf8))) ?? [:]
        let link = "?s=\(query["s"] ?? "")&t=\(query["t"] ?? "")"
        let subscribers = LetterSubscribers(spool: spool)
        func show(_ step: LetterSubscriptionStep, _ action: String, _ status: HTTPStatus = .ok) -> IntakeResponse {
            page(status, ResponsePage.letter(step, actionURL: action, site: site), site: site)
        }
        func refuse(_ status: HTTPStatus, _ text: String) -> IntakeResponse {
            page(status, ResponsePage.refusal(text, site: site), site: site)
        }
        let strings = IntakeStrings.forSite(site)
        switch (request.method, request.path) {
        case ("GET", "/letter/subscribe"), ("HEAD", "/letter/subscribe"):
            return show(.subscribe, base + "/letter/subscribe")
        case ("GET", "/letter/confirm"), ("HEAD", "/letter/confirm"):
            return show(.confirm, base + "/letter/confirm" + link)
        case ("GET", "/letter/unsubscribe"), ("HEAD", "/letter/unsubscribe"):
            return show(.unsubscribe, base + "/letter/unsubscribe" + link)
        case ("POST", "/letter/subscribe"):
            guard await state.admit(network, now: now) else { return tooMany(site) }
            guard FormOrigin.allows(origin: request.header("Origin"), referer: request.header("Referer"), site: site) else {
                return refuse(.forbidden, strings.otherSite)
            }
            guard case .fields(let form) = await readForm(request, limit: 4 * 1024) else { return refuse(.badRequest, strings.badForm) }
            let address = (form["address"] ?? "").trimmingCharacters(in: .whitespaces)
            guard address.utf8.count <= 254, MailAddressRule.isPlausible(address) else {
                return page(.unprocessableContent, ResponsePage.letter(.subscribe, actionURL: base + "/letter/subscribe", site: site), site: site)
            }
            guard let notifier else { return refuse(.serviceUnavailable, strings.text(of: .notStored)) }
            do {
                let subscriber = try await queue.run { try subscribers.add(address, now: now) }
                let confirm = "\(base)/letter/confirm?s=\(subscriber.id)&t=\(subscribers.token("confirm", for: subscriber.id))"
                await notifier.confirmLetter(to: address, url: confirm, now: now)
                log("letter: a subscription waits for its confirmation")
            } catch {
                log("letter: a subscription could not be stored: \(Self.reason(error))")
                return refuse(.serviceUnavailable, strings.text(of: .notStored))
            }
            return show(.sent, "")
        case ("POST", "/letter/confirm"):
            guard await state.admit(network, now: now) else { return tooMany(site) }
            guard FormOrigin.allows(origin: request.header("Origin"), referer: request.header("Referer"), site: site) else {
                return refuse(.forbidden, strings.otherSite)
            }
            guard var subscriber = subscribers.subscriber(id: query["s"] ?? "", token: query["t"] ?? "", purpose: "confirm") else {
                return refuse(.notFound, strings.notFound)
            }
            subscriber.confirmed = true
            let confirmed = subscriber
            do {
                try await queue.run { try subscribers.write(confirmed) }
            } catch {
                return refuse(.serviceUnavailable, strings.text(of: .notStored))
            }
            log("letter: a subscription is confirmed")
            return show(.confirmed, "")
        case ("POST", "/letter/unsubscribe"):
            guard await state.admit(network, now: now) else { return tooMany(site) }
            if let subscriber = subscribers.subscriber(id: query["s"] ?? "", token: query["t"] ?? "", purpose: "unsubscribe") {
                _ = try? await queue.run { subscribers.remove(id: subscriber.id) }
                log("letter: a subscriber's address was deleted at their request")
            }
            return show(.unsubscribed, "")
        default:
            return notAllowed("GET, HEAD, POST")
        }
    }
}
