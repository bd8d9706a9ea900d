import Foundation
import PlanetRender

/// `/unsubscribe/<token>`, the link of a reader's e-mails (RFC 8058): GET shows a button (opening the link deletes
/// nothing: mail programs open links on their own); POST, the button or a mail program's one-click request,
/// deletes the address. The answer is the same whether the token named an address or not.
extension IntakeHandler {
    func unsubscribe(_ request: IntakeRequest, token: String, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let action = (site.settings.intake ?? "") + "/unsubscribe/\(token)"
        switch request.method {
        case "GET", "HEAD":
            return page(.ok, ResponsePage.own(OwnComment(state: .unsubscribe, actionURL: action), site: site), site: site)
        case "POST":
            guard await state.admit(network, now: now) else {
                return page(.tooManyRequests, ResponsePage.refusal(IntakeStrings.forSite(site).tooMany, site: site), site: site,
                            headers: [("Retry-After", "60")])
            }
            if token.count == 64, token.allSatisfy(\.isHexDigit) {
                let subscriptions = Subscriptions(spool: spool)
                if (try? await queue.run { subscriptions.unsubscribe(token: token) }) == true { log("mail: a reader's address was deleted at their request") }
            }
            return page(.ok, ResponsePage.own(OwnComment(state: .unsubscribed, actionURL: action), site: site), site: site)
        default:
            return notAllowed("GET, HEAD, POST")
        }
    }
}
