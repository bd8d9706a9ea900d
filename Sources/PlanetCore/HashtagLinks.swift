import Foundation

/// Replaces the placeholders that Markdown rendering puts on hashtag links (`href="#planet-hashtag-3"`)
/// with the links to the hashtags' pages, once the site has given every hashtag its slug.
public enum HashtagLinks {
    static let marker = Array("href=\"#planet-hashtag-".utf8)

    /// `links[n]` is the link of the n-th hashtag of the text.
    public static func resolve(_ html: String, links: [String]) -> String {
        guard !links.isEmpty, html.utf8.count >= marker.count else { return html }
        var html = html
        guard html.withUTF8(containsMarker) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + links.count * 24)
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0], bytes[index...].starts(with: marker) {
                var end = index + marker.count
                var number = 0
                while end < bytes.count, end - index - marker.count < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "\""), end > index + marker.count, number < links.count {
                    output += Array("href=\"".utf8) + Array(links[number].utf8) + [UInt8(ascii: "\"")]
                    index = end + 1
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` holds `marker`, found by its `#` with `memchr`.
    private static func containsMarker(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        let hashOffset = marker.firstIndex(of: UInt8(ascii: "#"))!
        var offset = hashOffset
        while offset < text.count, let found = memchr(base + offset, Int32(UInt8(ascii: "#")), text.count - offset) {
            let hash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = hash - hashOffset
            if start + marker.count <= text.count, UnsafeBufferPointer(rebasing: text[start..<start + marker.count]).elementsEqual(marker) {
                return true
            }
            offset = hash + 1
        }
        return false
    }
}
