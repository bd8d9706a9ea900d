/// The messages of the service's answers (problems and refusals), in French or in English (the site's language decides);
/// the pages' titles, labels and hints are the theme's (`intake_*` and `comment_form_*` in its i18n).
struct IntakeStrings: Sendable {
    var nameMissing: String
    var nameTooLong: String
    var nameWithoutLetter: String
    var nameTooComplex: String
    var messageMissing: String
    var messageTooLong: String
    var tooManyLinks: String
    var websiteNotWeb: String
    var notifyNotAnAddress: String
    var wrongAnswer: String
    var unknownReply: String
    var notStored: String
    var otherSite: String
    var malformedID: String
    var lineBreakInName: String
    var unknownPost: String
    var commentsClosed: String
    var tooLarge: String
    var badForm: String
    var tooMany: String
    var notFound: String

    static func forSite(_ site: SiteKnowledge) -> IntakeStrings { site.isFrench ? french : english }

    /// `{max}` in a problem's text is replaced by its limit.
    func text(of problem: SubmissionProblem) -> String {
        switch problem {
        case .nameMissing: nameMissing
        case .nameTooLong(let maximum): nameTooLong.replacingOccurrences(of: "{max}", with: String(maximum))
        case .nameWithoutLetter: nameWithoutLetter
        case .nameTooComplex: nameTooComplex
        case .messageMissing: messageMissing
        case .messageTooLong(let maximum): messageTooLong.replacingOccurrences(of: "{max}", with: String(maximum))
        case .tooManyLinks(let maximum): tooManyLinks.replacingOccurrences(of: "{max}", with: String(maximum))
        case .websiteNotWeb: websiteNotWeb
        case .notifyNotAnAddress: notifyNotAnAddress
        case .wrongAnswer: wrongAnswer
        case .unknownReply: unknownReply
        case .notStored: notStored
        }
    }

    func text(of refusal: SubmissionRefusal) -> String {
        switch refusal {
        case .malformedID: malformedID
        case .lineBreakInName: lineBreakInName
        case .unknownPost: unknownPost
        case .commentsClosed: commentsClosed
        }
    }

    static let french = IntakeStrings(
        nameMissing: "Indiquez votre nom.",
        nameTooLong: "Votre nom est trop long\u{202F}: {max} caractères au plus.",
        nameWithoutLetter: "Votre nom doit contenir au moins une lettre ou un chiffre visible.",
        nameTooComplex: "Votre nom contient trop d’accents, de signes ou de symboles combinés\u{202F}: simplifiez-le.",
        messageMissing: "Votre message est vide.",
        messageTooLong: "Votre message est trop long\u{202F}: {max} caractères au plus.",
        tooManyLinks: "Votre message contient trop de liens\u{202F}: {max} au plus.",
        websiteNotWeb: "L’adresse de votre site doit commencer par http:// ou https://.",
        notifyNotAnAddress: "Votre adresse e-mail doit avoir la forme nom@exemple.fr (ou laissez le champ vide).",
        wrongAnswer: "La réponse à la question n’est pas celle attendue.",
        unknownReply: "Le commentaire auquel vous répondez n’existe pas (ou plus)\u{202F}; choisissez-en un autre.",
        notStored: "Le service ne peut pas enregistrer de commentaires pour le moment\u{202F}: votre texte est conservé ci-dessous\u{202F}; renvoyez-le dans quelques minutes.",
        otherSite: "Ce formulaire a été envoyé depuis un autre site\u{202F}: commentez depuis la page du billet.",
        malformedID: "Cette demande ne désigne pas un billet valide.",
        lineBreakInName: "Un nom tient sur une ligne.",
        unknownPost: "Ce billet n’existe pas.",
        commentsClosed: "Les commentaires sont fermés sur ce billet.",
        tooLarge: "Cet envoi est trop volumineux.",
        badForm: "Cet envoi n’est pas un formulaire lisible.",
        tooMany: "Trop d’envois à la fois\u{202F}: réessayez dans une minute.",
        notFound: "Il n’y a rien ici.")

    static let english = IntakeStrings(
        nameMissing: "Give your name.",
        nameTooLong: "Your name is too long: {max} characters at most.",
        nameWithoutLetter: "Your name needs at least one visible letter or digit.",
        nameTooComplex: "Your name holds too many accents, marks or combined symbols: simplify it.",
        messageMissing: "Your message is empty.",
        messageTooLong: "Your message is too long: {max} characters at most.",
        tooManyLinks: "Your message holds too many links: {max} at most.",
        websiteNotWeb: "Your website’s address must start with http:// or https://.",
        notifyNotAnAddress: "Your e-mail address must look like name@example.org (or leave the field empty).",
        wrongAnswer: "The answer to the question is not the one expected.",
        unknownReply: "The comment you reply to does not exist (any more); choose another one.",
        notStored: "The service cannot store comments right now: your text is kept below; send it again in a few minutes.",
        otherSite: "This form was sent from another site: comment from the post’s page.",
        malformedID: "This request names no valid post.",
        lineBreakInName: "A name holds on one line.",
        unknownPost: "This post does not exist.",
        commentsClosed: "Comments are closed on this post.",
        tooLarge: "This request is too large.",
        badForm: "This request is not a readable form.",
        tooMany: "Too many requests at once: try again in a minute.",
        notFound: "There is nothing here.")
}
