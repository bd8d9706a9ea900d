import Foundation

/// The parts of a Mastodon status that `planet fetch` reads (docs.joinmastodon.org, "Status" entity).
struct MastodonStatus: Decodable {
    struct Account: Decodable {
        var id: String
        var username: String?
        var acct: String
        var display_name: String?
        var url: String?
        /// The avatar's address; `avatar_static` is its still version (an animated one's first frame).
        var avatar: String?
        var avatar_static: String?
        var noindex: Bool?
        var discoverable: Bool?
    }

    struct Attachment: Decodable {
        var type: String?
        var url: String?
        var remote_url: String?
        var description: String?
    }

    struct Context: Decodable {
        var ancestors: [MastodonStatus]
        var descendants: [MastodonStatus]
    }

    var id: String
    var created_at: String
    var in_reply_to_id: String?
    var visibility: String?
    var spoiler_text: String?
    var url: String?
    var uri: String?
    var content: String?
    var account: Account
    var media_attachments: [Attachment]?
    var edited_at: String?
    var card: Card?

    struct Card: Decodable {
        var url: String?
    }

    /// Public and unlisted statuses may be republished; private (followers-only) and direct ones never.
    var isPublic: Bool { visibility == "public" || visibility == "unlisted" }
    /// The account said it does not want to be found or indexed.
    var authorDeclines: Bool { account.noindex == true || account.discoverable == false }
}
