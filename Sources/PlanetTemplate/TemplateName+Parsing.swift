extension TemplateName {
    /// Compiles a tag's name: `x`, `a.b`, `.`, `.a`, `f(x)`, `f(g(x))`, `f()`; or tells what is wrong with it.
    static func parse(_ text: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateName {
        func failure(_ problem: String) -> TemplateSyntaxError { TemplateSyntaxError(offset: offset, problem: problem) }
        guard !text.isEmpty else { throw failure("the tag has no name") }
        guard !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            throw failure("`\(text)` is not a name: a name has no spaces")
        }
        var argument = Substring(text)
        var functions: [TemplateFunction] = []
        while let open = argument.firstIndex(of: "(") {
            guard argument.last == ")" else { throw failure("`\(text)`: a function's argument ends with `)`") }
            let name = String(argument[..<open])
            guard let function = TemplateFunction(rawValue: name) else {
                throw failure("unknown function `\(name)()` (the functions are empty(), first() and last())")
            }
            functions.insert(function, at: 0)
            argument = argument[argument.index(after: open)..<argument.index(before: argument.endIndex)]
        }
        guard !argument.contains(")") else { throw failure("`\(text)`: unbalanced parentheses") }
        if argument.isEmpty {
            guard !functions.isEmpty else { throw failure("the tag has no name") }
            return TemplateName(root: .position, keys: [], functions: functions, text: text)
        }
        if argument == "." {
            return TemplateName(root: .current, keys: [], functions: functions, text: text)
        }
        let anchored = argument.first == "."
        let keys = (anchored ? argument.dropFirst() : argument).split(separator: ".", omittingEmptySubsequences: false)
        guard !keys.contains(where: \.isEmpty) else { throw failure("`\(text)`: a dotted name has an empty part") }
        return TemplateName(
            root: anchored ? .top : .stack, keys: keys.map(String.init), functions: functions, text: text)
    }
}
