import Foundation
import PlanetCore
import PlanetTemplate

/// The pages the service answers people with, in the site's style (its stylesheet) and language, through
/// the compiled Mustache renderer (every value escaped): the form given back with each mistake explained, and short refusals.
enum ResponsePage {
    /// The form, filled with everything typed, under the list of mistakes (422).
    static func mistakes(_ problems: [SubmissionProblem], submission: CommentSubmission, site: SiteKnowledge) -> String {
        let strings = IntakeStrings.forSite(site)
        let thread = site.threads[submission.post]
        let replies: [TemplateValue] = (thread?.published ?? []).map {
            .object(TemplateObject([
                ("id", .string($0.id)), ("label", .string("\($0.authorName) (\($0.id))")), ("selected", .bool($0.id == submission.replyTo)),
            ]))
        }
        var values = common(site: site, strings: strings, title: strings.problemsTitle)
        values["problems"] = .list(problems.map { .string(strings.text(of: $0)) })
        values["intro"] = .string(strings.problemsIntro)
        values["action"] = .string((site.settings.intake ?? "") + "/comments")
        values["post"] = .string(submission.post)
        values["postURL"] = .string(site.postURL(submission.post))
        values["postTitle"] = .string(thread?.title ?? "")
        values["name"] = .string(submission.name)
        values["website"] = .string(submission.website)
        values["message"] = .string(submission.message)
        values["replies"] = .list(replies)
        values["hasReplies"] = .bool(!replies.isEmpty)
        values["topSelected"] = .bool(submission.replyTo.isEmpty)
        values["question"] = .string(site.settings.question ?? "")
        values["hasQuestion"] = .bool(site.settings.question != nil)
        values["answer"] = .string(submission.answer)
        values["labels"] = .object(TemplateObject([
            ("name", .string(strings.name)), ("website", .string(strings.website)), ("message", .string(strings.message)),
            ("replyTo", .string(strings.replyTo)), ("topLevel", .string(strings.topLevel)), ("send", .string(strings.send)),
            ("back", .string(strings.backToPost)),
        ]))
        return render(values)
    }

    /// A short page that says why a request was refused, with a way back to the site.
    static func refusal(_ text: String, site: SiteKnowledge) -> String {
        let strings = IntakeStrings.forSite(site)
        var values = common(site: site, strings: strings, title: strings.refusedTitle)
        values["problems"] = .list([.string(text)])
        values["refusal"] = true
        values["back"] = .string(strings.backToSite)
        return render(values)
    }

    /// The pages' Content-Security-Policy: the site's stylesheet, and the form posted back to the service.
    static func policy(site: SiteKnowledge) -> String {
        let style = WebOrigin.of(site.baseURL) ?? "'none'"
        let form = site.settings.intakeOrigin ?? "'self'"
        return "default-src 'none'; style-src \(style); form-action \(form); base-uri 'none'; frame-ancestors 'none'"
    }

    private static func common(site: SiteKnowledge, strings: IntakeStrings, title: String) -> TemplateObject {
        TemplateObject([
            ("language", .string(strings.language)), ("title", .string(title)), ("stylesheet", .string(site.baseURL + "/css/planet.css")),
            ("home", .string(site.baseURL + "/")),
        ])
    }

    /// The page; the template is the service's own and compiles (tests render both pages), so a failure can
    /// only be a bug, answered with a plain page rather than a crash.
    private static func render(_ values: TemplateObject) -> String {
        do {
            return try library.render("page", .object(values))
        } catch {
            return "<!DOCTYPE html><title>planet intake</title><p>This page could not be shown.</p>"
        }
    }

    private static let library: TemplateLibrary = {
        var library = TemplateLibrary()
        try? library.register(template, named: "page")
        return library
    }()

    private static let template = """
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{title}}</title>
        <link rel="stylesheet" href="{{stylesheet}}">
        </head>
        <body>
        <main class="intake">
        <h1>{{title}}</h1>
        {{#intro}}<p>{{intro}}</p>{{/intro}}
        <ul class="intake-problems" role="alert">
        {{#problems}}<li>{{.}}</li>
        {{/problems}}</ul>
        {{#refusal}}<p><a href="{{home}}">{{back}}</a></p>{{/refusal}}
        {{^refusal}}
        <form class="comment-form" method="post" action="{{action}}">
        <input type="hidden" name="post" value="{{post}}">
        <p><label for="name">{{labels.name}}</label>
        <input id="name" name="name" required maxlength="80" value="{{name}}" autocomplete="name"></p>
        <p><label for="website">{{labels.website}}</label>
        <input id="website" name="website" type="url" value="{{website}}" autocomplete="url"></p>
        {{#hasReplies}}<p><label for="reply_to">{{labels.replyTo}}</label>
        <select id="reply_to" name="reply_to">
        <option value=""{{#topSelected}} selected{{/topSelected}}>{{labels.topLevel}}</option>
        {{#replies}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>
        {{/replies}}</select></p>{{/hasReplies}}
        <p><label for="message">{{labels.message}}</label>
        <textarea id="message" name="message" required maxlength="10000" rows="10">{{message}}</textarea></p>
        {{#hasQuestion}}<p><label for="answer">{{question}}</label>
        <input id="answer" name="answer" required value="{{answer}}"></p>{{/hasQuestion}}
        <div hidden aria-hidden="true"><label for="planet_trap">Leave empty</label>
        <input id="planet_trap" name="planet_trap" tabindex="-1" autocomplete="off"></div>
        <p><button type="submit">{{labels.send}}</button></p>
        </form>
        <p><a href="{{postURL}}">{{labels.back}}{{^empty(postTitle)}} — {{postTitle}}{{/empty(postTitle)}}</a></p>
        {{/refusal}}
        </main>
        </body>
        </html>

        """
}
