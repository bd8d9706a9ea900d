/// Why `planet comment review` cannot act on an ID or a file.
public enum CommentReviewError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No comment has that ID; `suggestion` is the closest pending ID, `candidates` the pending ones.
    case unknown(id: String, suggestion: String?, candidates: [String])
    /// Several comments match; `candidates` are their qualified IDs with their place.
    case ambiguous(id: String, candidates: [String])
    /// Approving a spooled comment would overwrite this file of the repository.
    case exists(path: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknown(let id, let suggestion, let candidates):
            var text = "no comment `\(id)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
            text += candidates.isEmpty ? "\nthere is no pending comment" : "\npending comments:\n" + candidates.map { "  " + $0 }.joined(separator: "\n")
            return text
        case .ambiguous(let id, let candidates):
            return "`\(id)` names several comments; give one of:\n" + candidates.map { "  " + $0 }.joined(separator: "\n")
        case .exists(let path):
            return "\(path) exists already: approve it or delete it in the repository first"
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
