import Foundation

extension MailConfig {
    /// Whether `text` is an ASCII address planet sends from or to: `local@domain`, printable, without spaces,
    /// angle brackets, quotes or line breaks (so it is safe in a header, an SMTP command and a program's argument).
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !text.hasPrefix("-") else { return false }
        return text.utf8.allSatisfy { (0x21...0x7E).contains($0) && !"<>()[]\\,;:\"".utf8.contains($0) }
    }

    /// Whether `text` names an SMTP server: `smtp://` or `smtps://`, a host, an optional port, nothing else.
    public static func isSMTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps", let host = components.host, !host.isEmpty else { return false }
        return components.user == nil && components.password == nil && (components.path.isEmpty || components.path == "/")
            && components.query == nil && components.fragment == nil
    }
}
