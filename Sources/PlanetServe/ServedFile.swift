import Foundation

/// One file of the site as the preview server sends it.
struct ServedFile: Sendable {
    var data: Data
    var contentType: String
    /// A strong validator: a hash of the bytes sent.
    var etag: String
    /// When these bytes were first served, for `If-Modified-Since`.
    var lastModified: Date
}

extension ServedFile {
    /// `"<16 hexadecimal digits>"`: FNV-1a, 64 bits, of the bytes.
    static func etag(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - digits.count) + digits + "\""
    }
}
