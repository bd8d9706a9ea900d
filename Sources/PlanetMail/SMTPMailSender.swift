import Foundation
import PlanetCore

/// Sends mail to an SMTP server through libcurl: `smtp://host:port` upgraded with STARTTLS, or `smtps://host:port`
/// (TLS from the start), with AUTH when a user is given. The transfer blocks a thread of its own, not Swift's pool.
public struct SMTPMailSender: MailSending {
    /// When an `smtp://` server may be talked to without TLS (which would show the password to the network).
    public enum Plaintext: Sendable, Hashable {
        /// Never: a server that does not offer STARTTLS is refused.
        case never
        /// On the loopback address only (`127.0.0.1`, `::1`, `localhost`): a local relay or a test's server.
        case onLoopback
        /// Everywhere: STARTTLS when the server offers it, plaintext otherwise.
        case allowed
    }

    public let url: String
    public let user: String?
    let password: String?
    /// A file of CA certificates to trust instead of the system's (a private CA), or nil.
    public let caFile: String?
    /// The longest a whole transfer may take, in seconds.
    public let timeout: TimeInterval
    public let plaintext: Plaintext

    /// Throws `misconfigured` when `url` is not an `smtp://` or `smtps://` URL with a host (and nothing else: the
    /// credentials are `user` and `password`), or when only one of `user` and `password` is given.
    public init(
        url: String, user: String? = nil, password: String? = nil, caFile: String? = nil, timeout: TimeInterval = 30,
        plaintext: Plaintext = .onLoopback
    ) throws(MailFailure) {
        guard MailConfig.isSMTPURL(url) else {
            throw .misconfigured("the SMTP server must be an smtp:// or smtps:// URL with a host and an optional port, "
                                 + "such as smtp://mail.example.org:587, without user or password")
        }
        guard (user == nil) == (password == nil) else {
            throw .misconfigured("an SMTP user needs a password, and a password a user (PLANET_SMTP_USER, PLANET_SMTP_PASSWORD)")
        }
        self.url = url
        self.user = user
        self.password = password
        self.caFile = caFile
        self.timeout = timeout
        self.plaintext = plaintext
    }

    public func send(_ message: MailMessage) async throws(MailFailure) {
        let bytes = try message.rendered()
        try await BlockingWork.run { () throws(MailFailure) in
            try deliver(bytes, from: message.from.address, to: message.to.address)
        }
    }

    /// Whether the transfer may go without TLS to this server (STARTTLS is used whenever the server offers it).
    public var allowsPlaintext: Bool {
        switch plaintext {
        case .never: false
        case .allowed: true
        case .onLoopback: Self.isLoopback(host: URLComponents(string: url)?.host ?? "")
        }
    }

    static func isLoopback(host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }
}
