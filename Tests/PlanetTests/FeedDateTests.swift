import Foundation
import PlanetXML
import Testing

/// The date forms feeds write beyond plain RFC 3339 and RFC 822, and the impossible ones, which are refused rather
/// than moved to another day.
@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Sun, 04 Jan 2004 16:29:06 PT", "2004-01-05T00:29:06Z"),
        ("Sun, 04 Jan 2004 16:29:06 PST", "2004-01-05T00:29:06Z"),
        ("Sun, 04 Jan 2004 16:29:06 MT", "2004-01-04T23:29:06Z"),
        ("Sun, 04 Jan 2004 16:29:06 CDT", "2004-01-04T21:29:06Z"),
        ("Sun, 04 Jan 2004 16:29:06 ET", "2004-01-04T21:29:06Z"),
        ("Sun, 04 Jan 2004 16:29:06 AKST", "2004-01-05T01:29:06Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT-01:01", "2004-01-01T20:49:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT+2", "2004-01-01T17:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 Etc/GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 Etc/GMT+5", "2004-01-02T00:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 +0100 (CET)", "2004-01-01T18:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 N", "2004-01-01T18:48:21Z"),
        ("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z"),
        ("Sun Jan 4 16:29:06 PST 2004", "2004-01-05T00:29:06Z"),
        ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("2003-12", "2003-12-01T00:00:00Z"),
        ("2003", "2003-01-01T00:00:00Z"),
        ("20031231", "2003-12-31T00:00:00Z"),
        ("20031231T101455Z", "2003-12-31T10:14:55Z"),
        ("20031231T1014-0800", "2003-12-31T18:14:00Z"),
        ("2004-07-08 23:56:58.0", "2004-07-08T23:56:58Z"),
        ("2003-12-31T10:14:55.1234-08:00", "2003-12-31T18:14:55Z"),
    ])
    func forms(_ text: String, _ expected: String) {
        #expect(FeedDate.parse(text) == ISO8601DateFormatter().date(from: expected))
    }

    @Test(arguments: [
        "Sun, 16 Dec 2012 1:2:3:4 -0000", "2003-12-31T25:14:55Z", "2003-12-31T10:61:55Z", "2003-12-31T10:14:61Z",
        "Thu, 31 Jun 2004 19:48:21 GMT", "2003-13", "2003-12-", "Sun, 04 Jan 2004 16:29:06 XYZ", "Sun, 04 Jan 2004 16:29:06 +2500",
        "Thu, 01 Jan 2004 19:48:21 Etc/Mars", "Jan 2004", "20031331", "2004-02-30",
    ])
    func impossible(_ text: String) {
        #expect(FeedDate.parse(text) == nil)
    }
}
