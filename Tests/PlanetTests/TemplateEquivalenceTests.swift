import PlanetTemplate
import TemplateSamples
import Testing

/// The compiled renderer against swift-mustache on every template of the built-in theme: the same values
/// give the same bytes.
@Suite struct TemplateEquivalenceTests {
    static let strings = BuiltInThemeSources.strings(language: "fr")

    static func library() throws -> TemplateLibrary {
        var library = TemplateLibrary()
        for (name, text) in BuiltInThemeSources.templates { try library.register(text, named: name) }
        return library
    }

    @Test(arguments: [true, false])
    func everyPageRendersAsSwiftMustacheDoes(full: Bool) throws {
        let library = try Self.library()
        let reference = try SwiftMustacheRenderer(templates: BuiltInThemeSources.templates)
        let samples = ThemeSamples(strings: Self.strings, full: full, count: 6).pages
        let templates = Set(BuiltInThemeSources.templates.keys.filter { !$0.hasPrefix("partials/") && $0 != "layout" })
        #expect(templates.isSubset(of: Set(samples.map(\.template))), "every page template has a sample")
        for sample in samples {
            let rendered = try library.render(sample.template, contexts: sample.contexts)
            #expect(rendered == reference.render(sample), "\(sample.label)")
            #expect(rendered.count > 200, "\(sample.label) renders a page")
        }
    }

    @Test func theSamplesExerciseTheTricks() throws {
        let library = try Self.library()
        let post = try #require(ThemeSamples(strings: Self.strings, full: true, count: 8).pages.first { $0.template == "post" })
        let html = try library.render(post.template, contexts: post.contexts)
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;suite&quot;"))
        #expect(html.contains("<div class=\"comment__replies\">"), "first() opens the replies")
        #expect(html.contains("<ul class=\"tags\">"), "first() opens the tags")
        #expect(html.contains("<p class=\"author-box__bio\">"), "empty() of a non-empty bio is false")
    }
}
