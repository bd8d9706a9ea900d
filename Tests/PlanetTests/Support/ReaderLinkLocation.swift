/// The `Location` of an accepted comment's 303: the reader's private link, `/comment/<43 base64url characters>`.
enum ReaderLinkLocation {
    static func matches(_ location: String?) -> Bool {
        location?.wholeMatch(of: #/\/comment\/[A-Za-z0-9_-]{43}/#) != nil
    }
}
