import PlanetCore

extension TemplateLibrary {
    /// Partials and parents that name no registered template, each located at its tag, in the order of the
    /// templates' names then of their tags: what would fail at render time, found once all are registered.
    public func unresolvedReferences() -> [TemplateError] {
        var errors: [TemplateError] = []
        func visit(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .section(_, let children), .inverted(_, let children): visit(children)
                case .block(let block, _, _): visit(block.nodes)
                case .partial(let template, _, let spot): check(template, spot)
                case .parent(let template, let overrides, _, let spot):
                    check(template, spot)
                    for block in overrides { visit(block.nodes) }
                case .text, .lineStart, .variable: break
                }
            }
        }
        func check(_ template: Int, _ spot: TemplateSpot) {
            guard template >= templates.count || templates[template] == nil else { return }
            errors.append(TemplateError(
                template: symbols.templateNames[spot.template], line: spot.line, column: spot.column,
                message: "there is no template named `\(symbols.templateNames[template])`"))
        }
        let names = symbols.templateNames.indices.filter { $0 < templates.count && templates[$0] != nil }
        for symbol in names.sorted(by: { codePointOrder(symbols.templateNames[$0], symbols.templateNames[$1]) }) {
            visit(templates[symbol] ?? [])
        }
        return errors
    }
}
