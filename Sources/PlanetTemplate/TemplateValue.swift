/// What a template sees: the typed page values, encoded into this tree, and the Mustache spec's JSON data.
/// Strings are shown HTML-escaped by `{{x}}` and as they are by `{{{x}}}`.
public enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([TemplateValue])
    case object(TemplateObject)
}
