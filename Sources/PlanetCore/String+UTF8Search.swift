import Foundation

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's, found with `memchr` and `memcmp`. Foundation's
    /// `contains` compares through UTF-16 and Unicode equivalence, several times slower on a long text; for
    /// an ASCII needle the answers differ only where a combining mark follows the match, which this counts.
    public func utf8Contains(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { bytes in
                guard let first = bytes.first, let wanted = bytes.baseAddress else { return true }
                guard let start = haystack.baseAddress, haystack.count >= bytes.count else { return false }
                var offset = 0
                let last = haystack.count - bytes.count
                while offset <= last, let found = memchr(start + offset, Int32(first), last - offset + 1) {
                    let position = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self)
                    if memcmp(position, wanted, bytes.count) == 0 { return true }
                    offset = position - start + 1
                }
                return false
            }
        }
    }
}
