/// Compiled Mustache templates by name (`post`, `partials/byline`, `layout`), rendering `TemplateValue`s.
///
/// Register every template once (each compiles on registration and refers to others by symbol, so that the
/// order does not matter), then render from any number of threads: a library is an immutable value.
/// The language is Mustache's spec (interpolation, sections, inverted sections, comments, delimiters,
/// partials, inheritance) with swift-mustache's `.name` anchored lookups and its `empty()`, `first()` and
/// `last()` functions; there are no lambdas.
public struct TemplateLibrary: Sendable {
    /// What a partial or parent naming no registered template renders.
    public enum MissingTemplates: Sendable {
        /// A render error at the partial's tag (planet's themes).
        case fail
        /// Nothing, as the Mustache spec says.
        case renderNothing
    }

    /// Nested partials, parents and blocks beyond this depth are an error (a template including itself for ever).
    public static let maximumDepth = 400

    public let missingTemplates: MissingTemplates
    private(set) var symbols = TemplateSymbols()
    private(set) var templates: [[TemplateNode]?] = []

    public init(missingTemplates: MissingTemplates = .fail) {
        self.missingTemplates = missingTemplates
    }

    /// Compiles `text` as the template `name`, replacing any template of that name.
    public mutating func register(_ text: String, named name: String) throws(TemplateError) {
        let nodes = try TemplateCompiler.compile(text, named: name, symbols: &symbols)
        let symbol = symbols.template(name)
        if templates.count <= symbol { templates += Array(repeating: nil, count: symbol + 1 - templates.count) }
        templates[symbol] = nodes
    }

    public func contains(_ name: String) -> Bool {
        guard let symbol = symbols.existingTemplate(name), symbol < templates.count else { return false }
        return templates[symbol] != nil
    }

    /// The template `name` rendered with `value` as its context.
    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        try render(name, contexts: [value])
    }

    /// The template `name` rendered with a context stack, bottom first: a name is looked up in the last
    /// value, then in the ones before it, as if the template were a section inside the others.
    public func render(_ name: String, contexts: [TemplateValue]) throws(TemplateError) -> String {
        String(decoding: try renderBytes(name, contexts: contexts), as: UTF8.self)
    }

    /// The UTF-8 bytes of `render(_:contexts:)`, for a file to be written without a detour through `String`.
    public func renderBytes(_ name: String, contexts: [TemplateValue]) throws(TemplateError) -> [UInt8] {
        guard let symbol = symbols.existingTemplate(name), symbol < templates.count, let nodes = templates[symbol] else {
            throw TemplateError(template: name, line: 1, column: 1, message: "there is no template named `\(name)`")
        }
        var rendering = TemplateRendering(templates: templates, names: symbols.templateNames, missingTemplates: missingTemplates, stack: contexts)
        try rendering.render(nodes)
        return rendering.output
    }
}
