import Foundation

/// The parts of Bluesky's `app.bsky.feed.getPostThread` answer that `planet fetch` reads (docs.bsky.app,
/// `app.bsky.feed.defs#threadViewPost`); blocked and missing posts decode with no `post`.
struct BlueskyThread: Decodable {
    struct Label: Decodable {
        var val: String
        var src: String?
    }

    struct Author: Decodable {
        var did: String
        var handle: String
        var displayName: String?
        /// The avatar's address on Bluesky's CDN.
        var avatar: String?
        var labels: [Label]?
    }

    struct Facet: Decodable {
        struct Index: Decodable {
            var byteStart: Int
            var byteEnd: Int
        }

        struct Feature: Decodable {
            var type: String
            var uri: String?
            var did: String?
            var tag: String?

            enum CodingKeys: String, CodingKey {
                case type = "$type"
                case uri, did, tag
            }
        }

        var index: Index
        var features: [Feature]
    }

    struct Record: Decodable {
        struct SelfLabels: Decodable {
            var values: [Label]?
        }

        var text: String?
        var createdAt: String?
        var facets: [Facet]?
        var labels: SelfLabels?
    }

    struct Embed: Decodable {
        struct Image: Decodable {
            var fullsize: String?
            var alt: String?
        }

        struct External: Decodable {
            var uri: String?
            var title: String?
        }

        var images: [Image]?
        var external: External?
        var playlist: String?
        var media: Box<Embed>?
    }

    struct Post: Decodable {
        var uri: String
        var author: Author
        var record: Record
        var embed: Embed?
        var indexedAt: String?
        var labels: [Label]?
    }

    struct Node: Decodable {
        var post: Post?
        var replies: [Node]?
    }

    var thread: Node
}

/// A boxed value, for recursive decodable structures.
final class Box<Value: Decodable>: Decodable {
    let value: Value

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
    }
}
