/// Why a webmention is refused when it arrives: the route answers 400 with `reason`, or 503 when `isClientError`
/// is false (the request is right but could not be kept).
public enum MentionRejection: Error, Sendable, Hashable {
    case invalidSource
    case invalidTarget
    case sameURL
    /// The target is not a page of a post of this site that takes comments.
    case unknownTarget
    /// The request could not be written to the spool.
    case notStored(String)

    public var reason: String {
        switch self {
        case .invalidSource: "source must be an http or https URL"
        case .invalidTarget: "target must be an http or https URL"
        case .sameURL: "source and target are the same URL"
        case .unknownTarget: "target is not a post of this site that takes comments"
        case .notStored(let why): "the mention could not be stored: \(why)"
        }
    }

    public var isClientError: Bool {
        if case .notStored = self { return false }
        return true
    }
}
