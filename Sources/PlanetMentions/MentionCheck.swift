import Foundation
import PlanetParse

/// The checks a webmention passes before it is queued (W3C Webmention, 3.2.1), without any network access.
public enum MentionCheck {
    public static func check(source: String, target: String, site: MentionSite) -> Result<MentionRequest, MentionRejection> {
        let source = source.trimmingCharacters(in: .whitespaces)
        let target = target.trimmingCharacters(in: .whitespaces)
        guard URLRules.isWebURL(source) else { return .failure(.invalidSource) }
        guard URLRules.isWebURL(target) else { return .failure(.invalidTarget) }
        guard source != target else { return .failure(.sameURL) }
        guard let post = site.post(at: target) else { return .failure(.unknownTarget) }
        return .success(MentionRequest(source: source, target: target, post: post))
    }
}
