import Foundation
import PlanetTemplate
import Testing

/// The compiled renderer's own rules: swift-mustache's functions, errors with their location, escaping.
@Suite struct TemplateLibraryTests {
    func render(_ template: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(template, named: "page")
        return try library.render("page", value)
    }

    func compileError(_ template: String) -> TemplateError? {
        var library = TemplateLibrary()
        do {
            try library.register(template, named: "post")
            return nil
        } catch {
            return error
        }
    }

    let list: TemplateValue = .object(TemplateObject([("items", .list(["a", "b", "c"])), ("none", .list([])), ("text", ""), ("zero", 0)]))

    @Test func firstAndLastInsideAListAreThePosition() throws {
        #expect(try render("{{#items}}{{#first()}}[{{/first()}}{{.}}{{#last()}}]{{/last()}}{{^last()}},{{/last()}}{{/items}}", list) == "[a,b,c]")
    }

    @Test func firstAndLastOfAListAreItsItems() throws {
        #expect(try render("{{first(items)}}{{last(items)}}{{#first(none)}}x{{/first(none)}}", list) == "ac")
    }

    @Test func positionIsForgottenInsideAPushedValueAndAPartial() throws {
        let value: TemplateValue = .object(TemplateObject([("items", .list([.object(TemplateObject([("x", "1")]))]))]))
        #expect(try render("{{#items}}{{#x}}{{^first()}}pushed{{/first()}}{{/x}}{{>p}}{{/items}}", value, partials: ["p": "{{^first()}}partial{{/first()}}"])
            == "pushedpartial")
    }

    @Test func emptyTellsEmptyStringsListsAndObjects() throws {
        #expect(try render("{{empty(text)}} {{empty(items)}} {{empty(none)}} {{empty(.)}} [{{empty(zero)}}]", list) == "true false true false []")
        #expect(try render("{{#text}}{{^empty(.)}}full{{/empty(.)}}{{#empty(.)}}empty{{/empty(.)}}{{/text}}", list) == "empty")
    }

    @Test func emptyStringsAndZeroOpenSectionsAsInSwiftMustache() throws {
        #expect(try render("{{#text}}s{{/text}}{{#zero}}{{.}}{{/zero}}{{^none}}n{{/none}}", list) == "s0n")
    }

    @Test func anchoredNamesDoNotClimbTheStack() throws {
        let value: TemplateValue = .object(TemplateObject([("name", "outer"), ("inner", .object(TemplateObject([("x", "1")])))]))
        #expect(try render("{{#inner}}[{{name}}][{{.name}}]{{/inner}}", value) == "[outer][]")
    }

    @Test func escapingIsSwiftMustachesFiveCharacters() throws {
        let value: TemplateValue = .object(TemplateObject([("x", "<a href=\"/?a=1&b='2'\">é ⚕️</a>")]))
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", value)
            == "&lt;a href=&quot;/?a=1&amp;b=&#39;2&#39;&quot;&gt;é ⚕️&lt;/a&gt;|<a href=\"/?a=1&b='2'\">é ⚕️</a>|<a href=\"/?a=1&b='2'\">é ⚕️</a>")
    }

    /// swift-mustache escapes by Character, so it leaves `"` unescaped when a combining mark follows it (one
    /// grapheme); escaping bytes, this renderer escapes it, which keeps an attribute closed.
    @Test func aQuoteBeforeACombiningMarkIsEscaped() throws {
        #expect(try render("{{x}}", .object(TemplateObject([("x", "\"\u{301} onclick=")]))) == "&quot;\u{301} onclick=")
    }

    @Test func numbersAndBooleansShowAsSwiftPrintsThem() throws {
        let value: TemplateValue = .object(TemplateObject([("i", -42), ("d", .double(1.5)), ("b", true), ("n", .null)]))
        #expect(try render("{{i}} {{d}} {{b}} [{{n}}] [{{missing}}]", value) == "-42 1.5 true [] []")
    }

    @Test func compileErrorsTellLineAndColumn() {
        #expect(compileError("<p>\n  é {{#items}}\n{{/item}}") == TemplateError(
            template: "post", line: 3, column: 1, message: "`item` is closed where `items` should be"))
        #expect(compileError("a\n\t«{{^empty(x)}}") == TemplateError(
            template: "post", line: 2, column: 3, message: "`empty(x)` is opened but never closed"))
        #expect(compileError("{{#a}}{{/a}}\n{{ x") == TemplateError(
            template: "post", line: 2, column: 1, message: "this tag is never closed (no `}}` after it)"))
        #expect(compileError("x {{lowercased(name)}}") == TemplateError(
            template: "post", line: 1, column: 3,
            message: "unknown function `lowercased()` (the functions are empty(), first() and last())"))
        #expect(compileError("{{/a}}")?.message == "`a` is closed but was never opened")
        #expect(compileError("{{=<% %>}}")?.line == 1)
        #expect(compileError("{{a b}}")?.message == "`a b` is not a name: a name has no spaces")
        #expect(compileError("{{}}")?.message == "the tag has no name")
        #expect(compileError("{{% CONTENT_TYPE: TEXT }}")?.message == "pragmas (`{{%...}}`) are not supported")
        #expect(compileError("{{>*name}}")?.message == "dynamic names (`*name`) are not supported")
    }

    @Test func aMissingPartialOrParentIsARenderError() throws {
        var library = TemplateLibrary()
        try library.register("<main>\n  {{>partials/nothing}}\n</main>", named: "page")
        try library.register("{{<layout}}{{/layout}}", named: "post")
        #expect(throws: TemplateError(template: "page", line: 2, column: 3, message: "there is no template named `partials/nothing`")) {
            try library.render("page", .null)
        }
        #expect(throws: TemplateError(template: "post", line: 1, column: 1, message: "there is no template named `layout`")) {
            try library.render("post", .null)
        }
        #expect(throws: TemplateError(template: "tag", line: 1, column: 1, message: "there is no template named `tag`")) {
            try library.render("tag", .null)
        }
        #expect(library.contains("page") && !library.contains("layout"))
        #expect(library.unresolvedReferences() == [
            TemplateError(template: "page", line: 2, column: 3, message: "there is no template named `partials/nothing`"),
            TemplateError(template: "post", line: 1, column: 1, message: "there is no template named `layout`"),
        ])
    }

    @Test func aTemplateIncludingItselfForEverIsAnError() throws {
        var library = TemplateLibrary()
        try library.register("x{{>loop}}", named: "loop")
        #expect(throws: TemplateError.self) { try library.render("loop", .null) }
    }

    /// Replies nested as deep as partials may go render (on a thread with the 8 MiB stack of the worker threads
    /// that render pages on Linux, even in a debug build); one level more is an error, not a crash.
    @Test func repliesNestRecursivelyUpToTheLimit() throws {
        var library = TemplateLibrary()
        try library.register("<div>{{#.reply}}{{#first()}}{{/first()}}{{>comment}}{{/.reply}}</div>", named: "comment")
        func thread(_ depth: Int) -> TemplateValue {
            (1..<depth).reduce(.object(TemplateObject())) { inner, _ in .object(TemplateObject([("reply", .list([inner]))])) }
        }
        // The outermost comment, then one partial for each reply: as many as the limit allows, then one more.
        let (deepest, tooDeep) = (thread(TemplateLibrary.maximumDepth + 1), thread(TemplateLibrary.maximumDepth + 2))
        final class Outcome: @unchecked Sendable {
            var deepest: String?
            var tooDeep: TemplateError?
        }
        let (outcome, finished, compiled) = (Outcome(), DispatchSemaphore(value: 0), library)
        let worker = Thread {
            outcome.deepest = try? compiled.render("comment", deepest)
            do { _ = try compiled.render("comment", tooDeep) } catch { outcome.tooDeep = error as? TemplateError }
            finished.signal()
        }
        worker.stackSize = 8 << 20
        worker.start()
        finished.wait()
        #expect(outcome.deepest?.utf8.count == (TemplateLibrary.maximumDepth + 1) * 11)
        #expect(outcome.tooDeep?.message == "partials nested more than 400 deep (does `comment` include itself?)")
    }

    @Test func aListOrAnObjectShownAsTextIsAnError() throws {
        #expect(throws: TemplateError(
            template: "page", line: 1, column: 4,
            message: "`items` is a list, which has no text: show its items in a section, `{{#items}}...{{/items}}`")) {
            try render("ab {{items}}", list)
        }
    }

    @Test func aContextStackRendersLikeASectionInsideTheOthers() throws {
        var library = TemplateLibrary()
        try library.register("{{title}} {{t.by}} {{lang}}", named: "partials/post-item")
        let siteWide: TemplateValue = .object(TemplateObject([("lang", "fr"), ("title", "site"), ("t", .object(TemplateObject([("by", "par")])))]))
        let summary: TemplateValue = .object(TemplateObject([("title", "billet")]))
        #expect(try library.render("partials/post-item", contexts: [siteWide, summary]) == "billet par fr")
    }

    @Test func rendersFromManyThreadsAtOnce() async throws {
        var compiling = TemplateLibrary()
        try compiling.register("{{#items}}<{{.}}>{{/items}}", named: "page")
        let (list, library) = (list, compiling)
        let rendered = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<64 { group.addTask { try library.render("page", list) } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(rendered == ["<a><b><c>"])
    }
}
