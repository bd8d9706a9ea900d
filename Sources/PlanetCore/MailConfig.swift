import Foundation

/// `mail:` in `planet.yaml`: who planet's mail comes from and how it leaves. Secrets (the SMTP user and password)
/// are never here: they come from the environment.
public struct MailConfig: Sendable, Hashable, Encodable {
    /// How mail leaves: an SMTP server through libcurl, or the local `sendmail` program.
    public enum Transport: String, Sendable, Hashable, Encodable, CaseIterable {
        case smtp, sendmail
    }

    /// The sender's address (`from:`), such as `planete@example.org`.
    public var from: String
    /// The sender's display name (`from_name:`), or nil.
    public var fromName: String?
    public var transport: Transport
    /// The SMTP server (`smtp:`), such as `smtp://mail.example.org:587`; nil when only the environment gives it.
    public var smtpURL: String?
    /// Whether SMTP may run without TLS to a host other than the loopback address (`allow_plaintext:`).
    public var allowsPlaintext: Bool
    /// The `sendmail` program (`sendmail:`), an absolute path.
    public var sendmailPath: String

    public static let defaultSendmailPath = "/usr/sbin/sendmail"

    public init(
        from: String, fromName: String? = nil, transport: Transport = .smtp, smtpURL: String? = nil,
        allowsPlaintext: Bool = false, sendmailPath: String = MailConfig.defaultSendmailPath
    ) {
        self.from = from
        self.fromName = fromName
        self.transport = transport
        self.smtpURL = smtpURL
        self.allowsPlaintext = allowsPlaintext
        self.sendmailPath = sendmailPath
    }
}
