extension TemplateRendering {
    /// The value a name stands for, nil when it is missing (a miss renders like null).
    func resolve(_ name: TemplateName) -> TemplateValue? {
        var functions = name.functions[...]
        var value: TemplateValue?
        switch name.root {
        case .current:
            value = stack.last
        case .top:
            value = stack.last.flatMap { Self.follow(name.keys[...], from: $0) }
        case .stack:
            let first = name.keys[0]
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let object) = stack[level], let found = object.values[first] {
                    value = name.keys.count == 1 ? found : Self.follow(name.keys.dropFirst(), from: found)
                    break
                }
                level -= 1
            }
        case .position:
            guard let position, let function = functions.popFirst() else { return nil }
            value = function.apply(to: position)
        }
        for function in functions {
            guard let current = value else { return nil }
            value = function.apply(to: current)
        }
        return value
    }

    private static func follow(_ keys: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for key in keys {
            guard case .object(let object) = value, let child = object[key] else { return nil }
            value = child
        }
        return value
    }

    /// Writes a value as text: strings HTML-escaped unless `escaped` is false, numbers and booleans as Swift
    /// prints them, null as nothing. A list or an object has no text: an error.
    mutating func show(_ value: TemplateValue, escaped: Bool, name: TemplateName, at spot: TemplateSpot) throws(TemplateError) {
        switch value {
        case .string(let string):
            guard !string.isEmpty else { return }
            writePendingIndentation()
            if escaped { HTMLEscaping.append(string, to: &output) } else { output += string.utf8 }
        case .int(let number):
            write(Array(String(number).utf8))
        case .double(let number):
            write(Array(String(number).utf8))
        case .bool(let flag):
            write(Array((flag ? "true" : "false").utf8))
        case .null:
            return
        case .list:
            throw error(at: spot, "`\(name.text)` is a list, which has no text: show its items in a section, `{{#\(name.text)}}...{{/\(name.text)}}`")
        case .object:
            throw error(at: spot, "`\(name.text)` is an object, which has no text: show its fields, `{{\(name.text).field}}`")
        }
    }
}
