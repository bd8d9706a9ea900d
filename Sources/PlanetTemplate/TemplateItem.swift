/// A token placed on its line: standalone lines are gone (their whitespace and line break removed), and
/// the start of every other line is marked, for the indentation of standalone partials.
enum TemplateItem: Sendable {
    /// A line of the source starts here (its first text or tag that renders).
    case lineStart
    case text([UInt8])
    /// A tag; `indentation` is, for a standalone partial or parent, the whitespace that started its line; for
    /// a block, the indentation its overriding content gets.
    case tag(TemplateToken, indentation: [UInt8], standalone: Bool)
}
