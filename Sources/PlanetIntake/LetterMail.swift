import Foundation
import PlanetCore
import PlanetMail

/// A weekly letter as an e-mail: the same bytes for the same week, site and recipient (its date is the end of the
/// week, its Message-ID made from the week and the recipient).
enum LetterMail {
    /// The message to `recipient` (the mailing list, or one subscriber with their unsubscribe page).
    static func message(
        _ letter: RenderedLetter, html: String, text: String, from: MailAddress, to recipient: String, unsubscribeURL: String?,
        host: String
    ) -> MailMessage {
        let id = unsubscribeURL == nil ? "letter-\(letter.week)@\(host)" : "letter-\(letter.week)-\(StableHash.hex(recipient))@\(host)"
        return MailMessage(
            from: from, to: MailAddress(recipient), subject: letter.subject, text: text, html: html,
            headers: unsubscribeURL.map(MailHeader.oneClickUnsubscribe) ?? [], date: letter.date, messageID: id)
    }
}
