import Foundation
import PlanetCore

extension MailMessage {
    /// The fields `rendered()` writes itself, which `headers` may not repeat (lowercased).
    static let standardFields: Set<String> = [
        "from", "to", "subject", "date", "message-id", "mime-version", "content-type", "content-transfer-encoding",
    ]

    /// The message as RFC 5322 bytes: CRLF line ends, header fields folded under 78 characters, the display names
    /// and the subject as RFC 2047 encoded-words when they are not ASCII, and a `multipart/alternative` body
    /// (text/plain, then text/html), each part UTF-8 in base64 lines of 76 characters. Throws `invalidMessage` for a
    /// line break in any field (header injection), a malformed address or Message-ID, or a header of `headers` that
    /// is not ASCII or repeats a standard field.
    public func rendered() throws(MailFailure) -> [UInt8] {
        for (field, mailbox) in [("From", from), ("To", to)] {
            try HeaderField.refuseLineBreaks(mailbox.address + (mailbox.name ?? ""), in: field)
            guard MailConfig.isAddress(mailbox.address) else {
                throw .invalidMessage("the \(field) address `\(mailbox.address)` is not an email address")
            }
        }
        try HeaderField.refuseLineBreaks(subject, in: "Subject")
        try HeaderField.refuseLineBreaks(messageID, in: "Message-ID")
        guard MailConfig.isAddress(messageID) else { throw .invalidMessage("the Message-ID `\(messageID)` is not `local@domain`") }
        var fields = [
            ("From", HeaderField.mailbox(from)), ("To", HeaderField.mailbox(to)), ("Subject", HeaderField.unstructured(subject)),
            ("Date", Self.rfc5322Date(date)), ("Message-ID", "<\(messageID)>"), ("MIME-Version", "1.0"),
        ]
        for header in headers {
            try HeaderField.refuseLineBreaks(header.name + header.value, in: header.name)
            guard !header.name.isEmpty, header.name.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: ":") }),
                  header.value.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 }) else {
                throw .invalidMessage("the header `\(header.name)` must be a printable ASCII name and value")
            }
            guard !Self.standardFields.contains(header.name.lowercased()) else {
                throw .invalidMessage("the header `\(header.name)` is written by planet itself")
            }
            fields.append((header.name, header.value))
        }
        // Base64 lines never hold `-`, so no part can contain a delimiter line; the boundary is derived from the
        // content only so that the same message gives the same bytes.
        let boundary = "=_planet_" + StableHash.hex(text + "\u{0}" + html)
        fields.append(("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""))
        var lines = fields.flatMap { HeaderField.fold($0.0, $0.1) }
        if let long = lines.first(where: { $0.utf8.count > HeaderField.longestLine }) {
            throw .invalidMessage("a header line longer than \(HeaderField.longestLine) characters: \(long.prefix(40))…")
        }
        lines.append("")
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += ["--" + boundary, "Content-Type: \(type); charset=UTF-8", "Content-Transfer-Encoding: base64", ""]
            lines += Self.base64Lines(Self.canonicalLineEnds(body))
        }
        lines.append("--\(boundary)--")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `Sat, 04 May 2024 10:00:00 +0000`: the date in UTC, as RFC 5322 3.3 writes it.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ number: Int?) -> String { let text = String(number ?? 0); return text.count < 2 ? "0" + text : text }
        return "\(days[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }

    /// Text with every line break as CRLF, the canonical form of a text part (RFC 2046 4.1.1).
    static func canonicalLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// The UTF-8 of `text` in base64, as lines of 76 characters (RFC 2045 6.8).
    static func base64Lines(_ text: String) -> [String] {
        let encoded = Array(Data(text.utf8).base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { String(decoding: encoded[$0..<min($0 + 76, encoded.count)], as: UTF8.self) }
    }
}
