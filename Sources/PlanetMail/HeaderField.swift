import Foundation

/// Header fields as RFC 5322 and RFC 2047 write them: folded lines, quoted or encoded display names and subjects.
enum HeaderField {
    /// The longest line folding aims at (RFC 5322 2.1.1 recommends 78 characters).
    static let foldingWidth = 78
    /// The longest line allowed (RFC 5322 2.1.1: 998 characters).
    static let longestLine = 998
    /// The most UTF-8 bytes in one encoded-word: 52 base64 characters, a 64-character word, on a line of its own.
    static let encodedWordBytes = 39

    /// `name: value` as lines of at most 78 characters when its words allow it, folded before a space.
    static func fold(_ name: String, _ value: String) -> [String] {
        var lines: [String] = []
        var line = name + ":"
        var lineHasWord = false
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if lineHasWord, !word.isEmpty, line.utf8.count + 1 + word.utf8.count > foldingWidth {
                lines.append(line)
                line = ""
            }
            line += " " + word
            if !word.isEmpty { lineHasWord = true }
        }
        return lines + [line]
    }

    /// Unstructured text (a subject): as written when it is printable ASCII, else RFC 2047 encoded-words.
    static func unstructured(_ text: String) -> String {
        isPlainASCII(text) ? text : encodedWords(text)
    }

    /// A mailbox: `address`, `Name <address>`, `"Name, Inc." <address>`, or encoded-words and `<address>`.
    static func mailbox(_ mailbox: MailAddress) -> String {
        guard let name = mailbox.name, !name.isEmpty else { return mailbox.address }
        return "\(phrase(name)) <\(mailbox.address)>"
    }

    /// A display name: atoms as written, other ASCII as a quoted string, anything else as encoded-words.
    static func phrase(_ name: String) -> String {
        guard isPlainASCII(name) else { return encodedWords(name) }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".utf8)
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        if words.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(atext.contains) }) { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `text` as `=?UTF-8?B?…?=` words separated by spaces, each of whole characters, short enough to fold.
    static func encodedWords(_ text: String) -> String {
        var chunks: [[UInt8]] = [[]]
        for character in text {
            let bytes = Array(character.utf8)
            if !chunks[chunks.count - 1].isEmpty, chunks[chunks.count - 1].count + bytes.count > encodedWordBytes { chunks.append([]) }
            chunks[chunks.count - 1] += bytes
        }
        return chunks.map { "=?UTF-8?B?\(Data($0).base64EncodedString())?=" }.joined(separator: " ")
    }

    /// Printable ASCII and not what a reader could take for an encoded-word (`=?`).
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20...0x7E).contains($0) } && !text.contains("=?")
    }

    /// Throws when `text` holds a line break or a NUL: in a header field they would start a field of the sender's
    /// choosing (header injection).
    static func refuseLineBreaks(_ text: String, in field: String) throws(MailFailure) {
        if text.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) {
            throw .invalidMessage("a line break in the \(field) field")
        }
    }
}
