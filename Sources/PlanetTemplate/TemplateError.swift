/// A template that does not compile, or that fails while rendering (a missing partial or parent, a list shown
/// as text, partials nested too deep): the template's name, the 1-based line and column (in Unicode scalars)
/// of the offending tag, and what is wrong.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name the template was registered under (`post`, `partials/byline`).
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(template):\(line):\(column): error: \(message)" }
}
