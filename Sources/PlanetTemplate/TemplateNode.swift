/// One instruction of a compiled template. Names are compiled, partials, parents and blocks are symbols of
/// the library: nothing is parsed or looked up by name in a template's text while rendering.
enum TemplateNode: Sendable {
    case text([UInt8])
    /// A line of the template starts: a standalone partial's indentation goes here.
    case lineStart
    case variable(TemplateName, escaped: Bool, TemplateSpot)
    case section(TemplateName, [TemplateNode])
    case inverted(TemplateName, [TemplateNode])
    /// `{{>name}}`, indented by the whitespace before it when it stands alone on its line.
    case partial(template: Int, indentation: [UInt8], TemplateSpot)
    /// `{{<name}}...{{/name}}`: the template `name`, with the blocks defined inside overriding its own.
    case parent(template: Int, overrides: [TemplateBlock], indentation: [UInt8], TemplateSpot)
    /// `{{$name}}default{{/name}}`: the overriding content if a parent call defines it, else the default.
    /// The overriding content is indented by `indentation`: where the tag stands alone, the indentation of
    /// the default's first line; else the whitespace before the tag, which already indents the first line.
    case block(TemplateBlock, indentation: [UInt8], standalone: Bool)
}
