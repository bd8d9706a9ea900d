import Foundation
import PlanetCore

/// What the operator configured for mail: `mail:` in `planet.yaml`, and the secrets (and overrides) from the
/// environment, which `sender(environment:)` reads.
public struct MailSettings: Sendable, Hashable {
    /// The SMTP user, and its password: only ever from the environment.
    public static let userVariable = "PLANET_SMTP_USER"
    public static let passwordVariable = "PLANET_SMTP_PASSWORD"
    /// Replaces `smtp:` of `planet.yaml`.
    public static let urlVariable = "PLANET_SMTP_URL"
    /// A file of CA certificates to trust instead of the system's.
    public static let caFileVariable = "PLANET_SMTP_CA_FILE"

    /// `mail:` of `planet.yaml`, or nil when planet sends no mail.
    public var config: MailConfig?

    public init(_ config: MailConfig?) {
        self.config = config
    }

    /// Who the mail comes from, or nil when planet sends no mail.
    public var from: MailAddress? {
        config.map { MailAddress($0.from, name: $0.fromName) }
    }

    /// The configured sender, or nil when planet sends no mail. Throws `misconfigured` when SMTP lacks a server or
    /// has half of its credentials. An empty variable counts as unset.
    public func sender(environment: [String: String] = ProcessInfo.processInfo.environment) throws(MailFailure) -> (any MailSending)? {
        guard let config else { return nil }
        switch config.transport {
        case .sendmail:
            return SendmailMailSender(path: config.sendmailPath)
        case .smtp:
            func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
            guard let url = value(Self.urlVariable) ?? config.smtpURL else {
                throw .misconfigured("no SMTP server: set `smtp:` under `mail:` in planet.yaml, or \(Self.urlVariable)")
            }
            return try SMTPMailSender(
                url: url, user: value(Self.userVariable), password: value(Self.passwordVariable), caFile: value(Self.caFileVariable),
                plaintext: config.allowsPlaintext ? .allowed : .onLoopback)
        }
    }
}
