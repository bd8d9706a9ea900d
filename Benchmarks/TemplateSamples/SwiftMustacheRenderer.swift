import Mustache
import PlanetTemplate

/// swift-mustache with the same templates, rendering samples the way planet's SiteRenderer did: a page with
/// its values as the root, a post item through a section over the site-wide values (`planet_post_item`).
public struct SwiftMustacheRenderer: Sendable {
    private let library: MustacheLibrary

    public init(templates: [String: String]) throws {
        var library = MustacheLibrary()
        for (name, text) in templates { try library.register(text, named: name) }
        try library.register("{{#planet_post_item}}{{>partials/post-item}}{{/planet_post_item}}", named: "planet-post-item")
        self.library = library
    }

    /// Converts the sample's values, then renders.
    public func render(_ sample: ThemeSample) -> String? {
        render(sample, values: Self.values(of: sample))
    }

    /// Renders values already converted by `values(of:)`.
    public func render(_ sample: ThemeSample, values: [String: Any]) -> String? {
        library.render(values, withTemplate: sample.template == "partials/post-item" ? "planet-post-item" : sample.template)
    }

    /// The sample's values as swift-mustache reads them.
    public static func values(of sample: ThemeSample) -> [String: Any] {
        var root = sample.contexts[0].swiftMustacheValue as? [String: Any] ?? [:]
        if sample.contexts.count > 1 { root["planet_post_item"] = sample.contexts[1].swiftMustacheValue }
        return root
    }
}
