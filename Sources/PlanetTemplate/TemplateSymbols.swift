/// The numbers a library gives to template names (for partials and parents) and to block names, so that
/// compiled templates refer to each other without looking names up while rendering.
struct TemplateSymbols: Sendable {
    private(set) var templateNames: [String] = []
    private var templates: [String: Int] = [:]
    private var blocks: [String: Int] = [:]

    mutating func template(_ name: String) -> Int {
        if let symbol = templates[name] { return symbol }
        templates[name] = templateNames.count
        templateNames.append(name)
        return templateNames.count - 1
    }

    func existingTemplate(_ name: String) -> Int? { templates[name] }

    mutating func block(_ name: String) -> Int {
        if let symbol = blocks[name] { return symbol }
        blocks[name] = blocks.count
        return blocks.count - 1
    }
}
