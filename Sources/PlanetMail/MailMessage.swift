import Foundation

/// One message to one recipient, with a plain text and an HTML version of the same content. Everything that varies
/// between two renderings (the date, the Message-ID) is given, so the same message renders to the same bytes.
public struct MailMessage: Sendable, Hashable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var text: String
    public var html: String
    /// Added after the standard fields, in this order.
    public var headers: [MailHeader]
    public var date: Date
    /// `local@domain`, without angle brackets (`comment-2024-05-01@planete.example.org`).
    public var messageID: String

    public init(
        from: MailAddress, to: MailAddress, subject: String, text: String, html: String, headers: [MailHeader] = [],
        date: Date, messageID: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.headers = headers
        self.date = date
        self.messageID = messageID
    }
}
