import PlanetCore
import PlanetLoad

/// What a member's pull request may change: their own folder, and comments.
///
/// - `authors/<id>/`: everything in it.
/// - `comments/`: a new comment anywhere (anyone may comment; moderators merge); an edit or a deletion only of
///   comments on the member's own posts (`comments/<id>/`), which they moderate. Other comments are the
///   moderators' to change.
/// - Anything else (another member's folder, `planet.yaml`, `pages/`, `static/`, `themes/`, CI files...) is an error.
public enum ChangePolicy {
    public static func violations(in changes: [FileChange], author: String) -> [Diagnostic] {
        changes.compactMap { change in
            let parts = change.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let location = SourceLocation(path: change.path)
            guard change.insideSite else {
                return .error(
                    "this change touches a file outside the site folder; a pull request by \(author) changes only authors/\(author)/",
                    at: location, code: .outsideMemberFolder)
            }
            switch parts.first {
            case "authors" where parts.count >= 3 && parts[1] == author:
                return nil
            case "authors" where parts.count >= 3:
                return .error(
                    "this change touches another member's folder (authors/\(parts[1])/); a pull request by \(author) changes only authors/\(author)/",
                    at: location, code: .foreignMemberFolder)
            case "comments" where change.kind == .added || (parts.count >= 2 && parts[1] == author):
                return nil
            case "comments":
                return .error(
                    "this change \(change.kind == .deleted ? "deletes" : "edits") a comment on another member's post; only moderators change those",
                    at: location, code: .foreignComment)
            default:
                return .error(
                    "this change touches a file that members do not change; a pull request by \(author) changes only authors/\(author)/ and comments, so ask a maintainer",
                    at: location, code: .outsideMemberFolder)
            }
        }
    }
}
