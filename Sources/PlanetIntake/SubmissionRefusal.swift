/// A request that no person makes with the form (or that names a post that takes no comment): answered with
/// a 4xx and a short page, nothing kept.
public enum SubmissionRefusal: Sendable, Hashable {
    /// `post` is not `<author-id>/<post-slug>`, or an id is not plain (a path, `..`).
    case malformedID
    case unknownPost
    case commentsClosed

    public var status: Int {
        switch self {
        case .malformedID: 400
        case .unknownPost: 404
        case .commentsClosed: 403
        }
    }
}
