extension Post {
    /// `Fingerprint.of(path)`, made without making the path: what a search index keys the post's document by.
    public var pathFingerprint: UInt64 {
        authorID.withContiguousUTF8 { author in
            slug.withContiguousUTF8 { slug in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: author.count + slug.count + 3) { path in
                    path[0] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: path[1...]).initialize(from: author)
                    path[author.count + 1] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: path[(author.count + 2)...]).initialize(from: slug)
                    path[path.count - 1] = UInt8(ascii: "/")
                    var fingerprint = Fingerprint()
                    fingerprint.combine(bytes: UnsafeRawBufferPointer(path))
                    return fingerprint.value
                }
            }
        }
    }

    /// Makes `textFingerprint` again from the fields it covers.
    mutating func refreshTextFingerprint() {
        var fingerprint = Fingerprint()
        fingerprint.combine(authorID)
        fingerprint.combine(slug)
        fingerprint.combine(title)
        fingerprint.combine(date.timeIntervalSince1970.bitPattern)
        fingerprint.combine(tags)
        fingerprint.combine(summary)
        fingerprint.combine(htmlFingerprint)
        fingerprint.combine(hashtags)
        fingerprint.combine(language != nil)
        fingerprint.combine(language ?? "")
        textFingerprint = fingerprint.value
    }
}
