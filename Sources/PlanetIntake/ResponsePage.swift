import Foundation
import PlanetCore
import PlanetRender
import PlanetTemplate

/// The pages the service answers people with: the theme's `intake` page (`IntakePages`), in the site's layout,
/// language and stylesheet, with the comment form of the posts' pages. Every page about a post gives the
/// reader's text back in the form, whatever went wrong.
enum ResponsePage {
    /// The form, filled with everything typed, under the list of mistakes (422).
    static func mistakes(_ problems: [SubmissionProblem], submission: CommentSubmission, site: SiteKnowledge) -> [UInt8] {
        let strings = IntakeStrings.forSite(site)
        return render(IntakePage(kind: .notSent, post: submission.post, problems: problems.map(strings.text(of:)),
                                 draft: draft(of: submission)), site: site)
    }

    /// A page that says why a comment was not taken this time (too large, too many, not stored), the form given back.
    static func notSent(_ text: String, submission: CommentSubmission?, site: SiteKnowledge) -> [UInt8] {
        render(IntakePage(kind: .notSent, post: submission?.post, problems: [text], draft: submission.map(draft(of:))), site: site)
    }

    /// A page that says why a request was refused; with the `submission`, its text is given back in the form.
    static func refusal(_ text: String, submission: CommentSubmission? = nil, site: SiteKnowledge) -> [UInt8] {
        render(IntakePage(kind: .refused, post: submission?.post, problems: [text], draft: submission.map(draft(of:))), site: site)
    }

    /// The form to reply to the published comment `id` of `post`, the comment quoted above it.
    static func reply(post: String, to id: String, site: SiteKnowledge) -> [UInt8] {
        render(IntakePage(kind: .reply, post: post, draft: CommentDraft(replyTo: id), replyingTo: id), site: site)
    }

    /// A reader's own comment, behind their private link; `problems` above an edit that was not saved.
    static func own(_ own: OwnComment, post: String? = nil, problems: [String] = [], site: SiteKnowledge) -> [UInt8] {
        render(IntakePage(kind: .own(own), post: post, problems: problems), site: site)
    }

    /// A page of the weekly letter's subscription, its form posting to `actionURL`.
    static func letter(_ step: LetterSubscriptionStep, actionURL: String, site: SiteKnowledge) -> [UInt8] {
        render(IntakePage(kind: .letter(step, actionURL: actionURL)), site: site)
    }

    /// The pages' Content-Security-Policy, as their `<meta>` has it: the site's stylesheet, images and fonts from
    /// `base_url`'s origin, and the form posted to the service, whose answer may send the reader back to the site.
    static func policy(site: SiteKnowledge) -> String {
        let own = WebOrigin.of(site.baseURL)
        let assets = own ?? "'none'"
        let form = (["'self'"] + [site.settings.intakeOrigin, own].compactMap { $0 }).reduce(into: [String]()) { origins, origin in
            if !origins.contains(origin) { origins.append(origin) }
        }
        return "default-src 'none'; style-src \(assets); img-src \(assets) data:; font-src \(assets); "
            + "form-action \(form.joined(separator: " ")); base-uri 'none'; frame-ancestors 'none'"
    }

    private static func draft(of submission: CommentSubmission) -> CommentDraft {
        CommentDraft(
            name: submission.name, website: submission.website, message: submission.message, answer: submission.answer,
            replyTo: submission.replyTo, notify: submission.notify)
    }

    /// The theme's page; a plain one, with the problems and the text, when the service knows no theme (a knowledge
    /// made without a site, in tests).
    private static func render(_ page: IntakePage, site: SiteKnowledge) -> [UInt8] {
        if let pages = site.pages { return pages.render(page) }
        let lines = page.problems + [page.draft?.message ?? ""]
        let values = TemplateValue.object(TemplateObject([("lines", .list(lines.map { .string($0) }))]))
        return (try? plain.renderBytes("page", contexts: [values])) ?? []
    }

    private static let plain: TemplateLibrary = {
        var library = TemplateLibrary()
        try? library.register("<!DOCTYPE html>\n<title>planet intake</title>\n{{#lines}}<p>{{.}}</p>\n{{/lines}}", named: "page")
        return library
    }()
}
