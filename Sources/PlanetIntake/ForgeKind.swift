import ArgumentParser
import Foundation

/// The forges whose API opens pull (merge) requests; Forgejo speaks Gitea's.
public enum ForgeKind: String, Sendable, CaseIterable, ExpressibleByArgument {
    case github
    case gitea
    case gitlab

    /// The API's root below `--forge-api` (or the forge's origin).
    var apiPrefix: String {
        switch self {
        case .github: ""
        case .gitea: "/api/v1"
        case .gitlab: "/api/v4"
        }
    }

    /// The API's origin when `--forge-api` is not given: GitHub's, or the repository's host.
    func defaultAPI(repository: URL) -> String {
        switch self {
        case .github: return "https://api.github.com"
        case .gitea, .gitlab:
            var origin = "\(repository.scheme ?? "https")://\(repository.host ?? "")"
            if let port = repository.port { origin += ":\(port)" }
            return origin
        }
    }
}
