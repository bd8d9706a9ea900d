import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The HTTP requests that find and open a comment's pull (merge) request on a forge. Bodies are JSON values
/// encoded by `JSONSerialization`; they hold the branch and the post's path, never a reader's text.
struct ForgeRequests: Sendable {
    let kind: ForgeKind
    /// The API's origin (`--forge-api`, or the forge's).
    let api: String
    /// `owner/name` (GitLab: the project's full path).
    let repository: String
    let token: String
    let mainBranch: String
    /// Seconds before a request that has no answer is given up (and retried later).
    let timeout: TimeInterval

    private var root: String { api.hasSuffix("/") ? String(api.dropLast()) + kind.apiPrefix : api + kind.apiPrefix }

    private var projectPath: String {
        switch kind {
        case .github: "/repos/\(repository)"
        case .gitea: "/repos/\(repository)"
        case .gitlab: "/projects/" + (repository.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? repository)
        }
    }

    /// The pull requests whose head is `branch`, in any state.
    func find(branch: String, page: Int) -> URLRequest {
        var components = URLComponents(string: root + projectPath + (kind == .gitlab ? "/merge_requests" : "/pulls"))!
        switch kind {
        case .github:
            let owner = repository.split(separator: "/").first.map(String.init) ?? ""
            components.queryItems = [.init(name: "head", value: "\(owner):\(branch)"), .init(name: "state", value: "all")]
        case .gitea:
            components.queryItems = [.init(name: "state", value: "all"), .init(name: "limit", value: "50"), .init(name: "page", value: String(page))]
        case .gitlab:
            components.queryItems = [.init(name: "source_branch", value: branch), .init(name: "state", value: "all")]
        }
        return request(components.url!, method: "GET", body: nil)
    }

    /// Whether a `find` answer holds a request for `branch`, and whether another page may hold one (Gitea lists all).
    func found(branch: String, in data: Data) -> (found: Bool, morePages: Bool) {
        guard let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return (false, false) }
        switch kind {
        case .github, .gitlab:
            return (!list.isEmpty, false)
        case .gitea:
            let found = list.contains { (($0["head"] as? [String: Any])?["ref"] as? String) == branch }
            return (found, !found && list.count == 50)
        }
    }

    /// Opens the pull request of `comment`'s branch.
    func create(_ comment: SpooledComment, postURL: String, approvedBy: String? = nil) throws -> URLRequest {
        let title = "Comment on \(comment.postAuthorID)/\(comment.postSlug): \(comment.id)"
        let status = approvedBy.map { "A reader's comment, received by `planet intake`, approved by the moderator \($0): merge to publish it." }
            ?? """
                A reader's comment, received by `planet intake`, awaits moderation: merge to publish it (it is \
                `status: pending` until a moderator changes it), or close to refuse it.
                """
        let body = """
            \(status)

            Post: \(postURL)
            File: `\(comment.path)`
            """
        let fields: [String: String] = switch kind {
        case .github, .gitea: ["title": title, "head": comment.branch, "base": mainBranch, "body": body]
        case .gitlab: ["title": title, "source_branch": comment.branch, "target_branch": mainBranch, "description": body]
        }
        let json = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return request(URL(string: root + projectPath + (kind == .gitlab ? "/merge_requests" : "/pulls"))!, method: "POST", body: json)
    }

    private func request(_ url: URL, method: String, body: Data?) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("planet-intake", forHTTPHeaderField: "User-Agent")
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        switch kind {
        case .github: request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        case .gitea: request.setValue("token \(token)", forHTTPHeaderField: "Authorization")
        case .gitlab: request.setValue(token, forHTTPHeaderField: "PRIVATE-TOKEN")
        }
        return request
    }
}
