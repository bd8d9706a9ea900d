/// `comment_by_pull_request`: the comment file a reader adds by pull request, and the forge's editor with it
/// filled in (or empty).
struct PullRequestComment: Encodable, Hashable, Sendable {
    var path: String
    var text: String
    var editorURL: String
    var editorLabel: String
}
