import PlanetTemplate

/// A page of the built-in theme with representative values shaped like the theme's contract
/// (themes/default/README.md): the template to render and its context stack, bottom first.
public struct ThemeSample: Sendable {
    public let label: String
    public let template: String
    public let contexts: [TemplateValue]

    public init(label: String, template: String, contexts: [TemplateValue]) {
        self.label = label
        self.template = template
        self.contexts = contexts
    }
}
