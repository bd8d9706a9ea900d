import Foundation
import PlanetXML
import Testing

/// The encoding of a feed's bytes, in RFC 7303's order, with WHATWG's labels: what decided it, and what it is.
@Suite struct FeedEncodingTests {
    static let declaredLatin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>".utf8)
    static let undeclared = Data("<?xml version=\"1.0\"?><rss/>".utf8)

    @Test(arguments: [
        (declaredLatin1, "application/rss+xml; charset=KOI8-R", "koi8-r", FeedEncoding.Source.httpCharset),
        (declaredLatin1, "text/xml; charset=\"utf-8\"", "utf-8", .httpCharset),
        (declaredLatin1, "text/xml; charset=no-such-encoding", "windows-1252", .declaration),
        (declaredLatin1, "text/xml", "windows-1252", .declaration),
        (declaredLatin1, "application/xml; charset=utf-16", "windows-1252", .declaration),
        (undeclared, "text/xml; charset=us-ascii", "windows-1252", .httpCharset),
        (undeclared, "application/xml; charset=437", "cp437", .httpCharset),
        (undeclared, "text/xml; charset=UTF-8//IGNORE", "utf-8", .fallback),
        (undeclared, "text/xml; charset=char", "utf-8", .fallback),
        (undeclared, "text/xml; charset=utf_16", "utf-8", .fallback),
        (undeclared, "text/xml; charset=UTF-16LE", "utf-8", .fallback),
        (Data([0xEF, 0xBB, 0xBF]) + declaredLatin1, "text/xml; charset=koi8-r", "utf-8", .byteOrderMark),
        (Data([0xFF, 0xFE, 0x00, 0x00]) + Data("<".utf8) + Data([0, 0, 0]), "text/xml", "utf-32le", .byteOrderMark),
        (Data("<?xml version=\"1.0\" encoding=\"utf-16\"?>".utf8.flatMap { [0, $0] }), "text/xml; charset=iso-8859-1", "utf-16be", .declaration),
        (Data("<?xml version=\"1.0\"?>".utf8.flatMap { [$0, 0, 0, 0] }), "application/xml", "utf-32le", .bytes),
    ])
    func decides(_ data: Data, _ contentType: String, _ name: String, _ source: FeedEncoding.Source) {
        let encoding = FeedEncoding.decide(data, contentType: contentType)
        #expect(encoding.name == name)
        #expect(encoding.source == source)
    }
}
