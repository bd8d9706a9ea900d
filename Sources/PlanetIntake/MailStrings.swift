/// What the intake's e-mails say, in the site's language (French or English).
struct MailStrings: Sendable {
    var publishedSubject: String
    var publishedIntro: String
    var replySubject: String
    var replyIntro: String
    var see: String
    var unsubscribe: String
    var digestSubject: String
    var digestIntro: String
    var digestOpen: String
    var digestItem: String
    var letterConfirmSubject: String
    var letterConfirmIntro: String

    static func forSite(_ site: SiteKnowledge) -> MailStrings { site.isFrench ? french : english }

    /// `{title}`, `{count}` and `{name}` are replaced.
    static let french = MailStrings(
        publishedSubject: "Votre commentaire sur « {title} » est publié",
        publishedIntro: "Votre commentaire sur « {title} » est publié. Merci !",
        replySubject: "Une réponse à votre commentaire sur « {title} »",
        replyIntro: "{name} a répondu à votre commentaire sur « {title} ».",
        see: "Le lire :",
        unsubscribe: "Vous recevez ce message parce que vous l’avez demandé en commentant. Votre adresse est effacée après la première réponse, au plus tard 30 jours après l’envoi de votre commentaire ; pour l’effacer dès maintenant :",
        digestSubject: "{count} commentaire(s) à modérer",
        digestIntro: "Ce qui attend votre lecture :",
        digestOpen: "Ouvrir la modération :",
        digestItem: "{name} sur « {title} »",
        letterConfirmSubject: "Confirmez votre abonnement à la lettre de la semaine",
        letterConfirmIntro: "Quelqu’un, vous sans doute, a demandé à recevoir la lettre de la semaine à cette adresse. Pour confirmer, ouvrez ce lien ; sinon, ne faites rien : l’adresse sera effacée dans une semaine.")

    static let english = MailStrings(
        publishedSubject: "Your comment on “{title}” is published",
        publishedIntro: "Your comment on “{title}” is published. Thank you!",
        replySubject: "A reply to your comment on “{title}”",
        replyIntro: "{name} replied to your comment on “{title}”.",
        see: "Read it:",
        unsubscribe: "You get this message because you asked for it when you commented. Your address is deleted after the first reply, 30 days after your comment at the latest; to delete it now:",
        digestSubject: "{count} comment(s) to moderate",
        digestIntro: "What waits for you:",
        digestOpen: "Open the moderation view:",
        digestItem: "{name} on “{title}”",
        letterConfirmSubject: "Confirm your subscription to the weekly letter",
        letterConfirmIntro: "Someone, probably you, asked for the weekly letter at this address. To confirm, open this link; otherwise do nothing: the address will be deleted in a week.")

    static func fill(_ text: String, _ values: [String: String]) -> String {
        values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
