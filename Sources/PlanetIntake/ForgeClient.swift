import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Opens a comment's pull request once: it first looks for one on the branch (a retry after a timeout whose
/// request did arrive finds it), and only then creates it. Errors name the status, never the token.
struct ForgeClient: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let requests: ForgeRequests

    /// `approvedBy`: the moderator who approved the comment, said in the request (nil: it awaits moderation).
    func ensureRequest(for comment: SpooledComment, postURL: String, approvedBy: String? = nil) async throws {
        for page in 1...20 {
            let (data, status) = try await send(requests.find(branch: comment.branch, page: page))
            guard (200..<300).contains(status) else { throw Failure(description: "\(requests.kind.rawValue): listing requests answered \(status)") }
            let answer = requests.found(branch: comment.branch, in: data)
            if answer.found { return }
            if !answer.morePages { break }
        }
        let (_, status) = try await send(try requests.create(comment, postURL: postURL, approvedBy: approvedBy))
        guard (200..<300).contains(status) else { throw Failure(description: "\(requests.kind.rawValue): opening the request answered \(status)") }
    }

    private func send(_ request: URLRequest) async throws -> (Data, Int) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = requests.timeout
        configuration.timeoutIntervalForResource = requests.timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        do {
            let (data, response) = try await session.data(for: request)
            return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
        } catch {
            throw Failure(description: "\(requests.kind.rawValue): no answer (\((error as? URLError)?.code.rawValue ?? 0))")
        }
    }
}
