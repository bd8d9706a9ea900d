/// Why a message was not sent. Its text never holds the SMTP password.
public enum MailFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message cannot be rendered safely: a line break in a header (header injection), a malformed address...
    case invalidMessage(String)
    /// The settings cannot work: no SMTP URL, a user without a password...
    case misconfigured(String)
    /// The transport refused or failed: libcurl's error text (with the server's reply code), or sendmail's status
    /// and what it wrote.
    case notSent(String)

    public var description: String {
        switch self {
        case .invalidMessage(let reason): "invalid message: \(reason)"
        case .misconfigured(let reason): "mail is misconfigured: \(reason)"
        case .notSent(let reason): "mail not sent: \(reason)"
        }
    }
}
