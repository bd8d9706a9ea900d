/// A request that no person makes with the form (or that names a post that takes no comment): answered with
/// a 4xx and a short page, nothing kept.
public enum SubmissionRefusal: Sendable, Hashable {
    /// `post` is not `<author-id>/<post-slug>`, or an id is not plain (a path, `..`).
    case malformedID
    /// A line break in the name: a text input cannot hold one, so it is an attempt at injection.
    case lineBreakInName
    case unknownPost
    case commentsClosed

    public var status: Int {
        switch self {
        case .malformedID, .lineBreakInName: 400
        case .unknownPost: 404
        case .commentsClosed: 403
        }
    }
}
