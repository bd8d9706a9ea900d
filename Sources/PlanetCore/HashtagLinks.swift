import Foundation

/// Replaces the placeholders that Markdown rendering puts on hashtag links (`href="#planet-hashtag-3"`)
/// with the links to the hashtags' pages, once the site has given every hashtag its slug.
public enum HashtagLinks {
    static let marker = Array("href=\"#planet-hashtag-".utf8)

    /// `links[n]` is the link of the n-th hashtag of the text.
    public static func resolve(_ html: String, links: [String]) -> String {
        guard !links.isEmpty else { return html }
        var html = html
        let resolved = html.withUTF8 { text -> String? in
            var output: [UInt8] = []
            var copied = 0
            var searchFrom = 0
            while let start = nextMarker(in: text, from: searchFrom) {
                var end = start + marker.count
                var number = 0
                while end < text.count, end - start - marker.count < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[end]) {
                    number = number * 10 + Int(text[end] - UInt8(ascii: "0"))
                    end += 1
                }
                guard end < text.count, text[end] == UInt8(ascii: "\""), end > start + marker.count, number < links.count else {
                    searchFrom = start + 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(text.count + links.count * 24) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<start]))
                output.append(contentsOf: "href=\"".utf8)
                output.append(contentsOf: links[number].utf8)
                output.append(UInt8(ascii: "\""))
                copied = end + 1
                searchFrom = copied
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
        return resolved ?? html
    }

    /// The offset of the next `marker` in `text` at or after `offset`, found by its `#` with `memchr`.
    private static func nextMarker(in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        guard let base = text.baseAddress else { return nil }
        let hashOffset = marker.firstIndex(of: UInt8(ascii: "#"))!
        var offset = offset + hashOffset
        while offset < text.count, let found = memchr(base + offset, Int32(UInt8(ascii: "#")), text.count - offset) {
            let hash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = hash - hashOffset
            if start + marker.count <= text.count, UnsafeBufferPointer(rebasing: text[start..<start + marker.count]).elementsEqual(marker) {
                return start
            }
            offset = hash + 1
        }
        return nil
    }
}
