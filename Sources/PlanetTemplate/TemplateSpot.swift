/// Where a tag starts in a template's source: the template's symbol and the 1-based line and column.
struct TemplateSpot: Sendable {
    let template: Int
    let line: Int
    let column: Int
}
