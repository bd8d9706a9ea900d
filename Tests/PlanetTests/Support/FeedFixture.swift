import Foundation
import Testing

/// One feed served on the loopback server with the headers its case needs, and what `planet fetch` must make of it:
/// the encoding it is read in, and each entry of the cache (newest first). `{base}` in an expected link stands for
/// the server's address.
struct FeedFixture: Sendable, CustomTestStringConvertible {
    struct Entry: Sendable, Hashable {
        var title: String
        var link: String
        /// RFC 3339, nil when the entry must have no date.
        var published: String?
        var content: String
    }

    /// The class of the issue the case belongs to (`entities`, `charset`...).
    var group: String
    var name: String
    var body: Data
    var contentType: String
    var headers: [String: String] = [:]
    var encoding: String
    var entries: [Entry]

    var testDescription: String { "\(group)/\(name)" }

    init(_ group: String, _ name: String, _ text: String, type: String = "application/rss+xml", headers: [String: String] = [:],
         encoding: String = "utf-8", entries: [Entry]) {
        self.init(group, name, Data(text.utf8), type: type, headers: headers, encoding: encoding, entries: entries)
    }

    init(_ group: String, _ name: String, _ body: Data, type: String, headers: [String: String] = [:], encoding: String, entries: [Entry]) {
        self.group = group
        self.name = name
        self.body = body
        self.contentType = type
        self.headers = headers
        self.encoding = encoding
        self.entries = entries
    }

    /// A committed fixture of `Fixtures/feeds/encodings/` (written by scripts/gen-encoding-fixtures.py), whose one item
    /// has `title` as title and content; `name` tells apart two cases of one file.
    static func encoded(_ group: String, _ file: String, name: String? = nil, type: String, encoding: String, title: String) -> FeedFixture {
        let url = Fixtures.fixtures.appendingPathComponent("feeds/encodings/\(file).xml")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return FeedFixture(group, name ?? file, data, type: type, encoding: encoding, entries: [
            Entry(title: title, link: "https://enc.example/1", published: "2004-01-04T16:29:06Z", content: title),
        ])
    }

    /// An RSS 2.0 document around `items`.
    static func rss(_ items: String, head: String = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n") -> String {
        head + "<rss version=\"2.0\"><channel><title>Fixture</title><link>https://fixture.example/</link>\n\(items)\n</channel></rss>\n"
    }

    /// An Atom 1.0 document around `entries`.
    static func atom(_ entries: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Fixture</title><id>urn:fixture</id><updated>2004-01-04T16:29:06Z</updated>
        \(entries)
        </feed>
        """
    }
}
