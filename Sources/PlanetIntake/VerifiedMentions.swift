import Foundation
import PlanetFetch
import PlanetMentions

/// Webmentions verified by PlanetMentions: each accepted request is queued on disk in the spool, its source
/// fetched later (from public addresses only, unless `allowPrivateSources`) and, when it links to the post,
/// spooled as a pending `kind: mention` file that the deliverer sends on like any comment.
final class VerifiedMentions: MentionHandling {
    let receiver: MentionReceiver
    let log: @Sendable (String) -> Void

    init(spool: String, clone: String, site: KnowledgeSnapshot, allowPrivateSources: Bool, log: @escaping @Sendable (String) -> Void) {
        receiver = MentionReceiver(
            site: { MentionSite(knowledge: site.value) }, spool: spool, knownFolders: [clone],
            policy: AddressPolicy(allowPrivateAddresses: allowPrivateSources), log: log)
        self.log = log
    }

    func receive(source: URL, target: URL) async -> MentionRejection? {
        guard case .failure(let rejection) = receiver.accept(source: source.absoluteString, target: target.absoluteString) else {
            return nil
        }
        log("webmention not queued: \(rejection.reason)")
        return rejection
    }
}
