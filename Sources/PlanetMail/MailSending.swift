/// Something that sends messages: `SMTPMailSender`, `SendmailMailSender`, or a test's fake.
public protocol MailSending: Sendable {
    /// Sends `message` to its recipient; returns once the server or program accepted it.
    func send(_ message: MailMessage) async throws(MailFailure)
}
