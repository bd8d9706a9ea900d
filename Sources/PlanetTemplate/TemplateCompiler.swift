/// Compiles a template's source into nodes: scan into tokens, apply the line rules, then nest sections,
/// parents and blocks, checking every name and every closing tag.
struct TemplateCompiler {
    private let source: [UInt8]
    private let template: Int
    private let items: [TemplateItem]
    private var index = 0
    private var symbols: TemplateSymbols

    private init(source: [UInt8], template: Int, items: [TemplateItem], symbols: TemplateSymbols) {
        self.source = source
        self.template = template
        self.items = items
        self.symbols = symbols
    }

    /// The nodes of `text`, registered as the template `name`; `symbols` gains the names it refers to.
    static func compile(_ text: String, named name: String, symbols: inout TemplateSymbols) throws(TemplateError) -> [TemplateNode] {
        let source = Array(text.utf8)
        let template = symbols.template(name)
        do {
            let items = TemplateLayout.items(try TemplateScanner.tokens(of: source))
            var compiler = TemplateCompiler(source: source, template: template, items: items, symbols: symbols)
            var ignored: [TemplateBlock] = []
            let nodes = try compiler.nodes(closing: nil, overrides: &ignored)
            symbols = compiler.symbols
            return nodes
        } catch {
            let (line, column) = Self.lineAndColumn(of: error.offset, in: source)
            throw TemplateError(template: name, line: line, column: column, message: error.problem)
        }
    }

    /// Nodes until the tag closing `opening` (or the end of the source when nil). Inside a parent
    /// (`overrides` is then the parent's), blocks are definitions and everything else is ignored.
    private mutating func nodes(
        closing opening: TemplateToken?, insideParent: Bool = false, overrides: inout [TemplateBlock]
    ) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while index < items.count {
            let item = items[index]
            index += 1
            switch item {
            case .lineStart: if !insideParent { nodes.append(.lineStart) }
            case .text(let text): if !insideParent { nodes.append(.text(text)) }
            case .tag(let tag, let indentation, let standalone):
                if tag.kind == .close {
                    guard let opening else {
                        throw TemplateSyntaxError(offset: tag.offset, problem: "`\(tag.name)` is closed but was never opened")
                    }
                    guard opening.content == tag.content else {
                        throw TemplateSyntaxError(
                            offset: tag.offset, problem: "`\(tag.name)` is closed where `\(opening.name)` should be")
                    }
                    return nodes
                }
                if let node = try node(for: tag, indentation: indentation, standalone: standalone, insideParent: insideParent, overrides: &overrides) {
                    nodes.append(node)
                }
            }
        }
        if let opening {
            throw TemplateSyntaxError(offset: opening.offset, problem: "`\(opening.name)` is opened but never closed")
        }
        return nodes
    }

    private mutating func node(
        for tag: TemplateToken, indentation: [UInt8], standalone: Bool, insideParent: Bool, overrides: inout [TemplateBlock]
    ) throws(TemplateSyntaxError) -> TemplateNode? {
        var none: [TemplateBlock] = []
        switch tag.kind {
        case .text, .close, .comment, .delimiters:
            return nil
        case .variable(let escaped):
            return .variable(try name(of: tag), escaped: escaped, spot(tag))
        case .section:
            let name = try name(of: tag)
            return .section(name, try nodes(closing: tag, overrides: &none))
        case .inverted:
            let name = try name(of: tag)
            return .inverted(name, try nodes(closing: tag, overrides: &none))
        case .partial:
            return .partial(template: try templateSymbol(of: tag), indentation: indentation, spot(tag))
        case .parent:
            let symbol = try templateSymbol(of: tag)
            var definitions: [TemplateBlock] = []
            _ = try nodes(closing: tag, insideParent: true, overrides: &definitions)
            return .parent(template: symbol, overrides: definitions, indentation: indentation, spot(tag))
        case .block:
            guard !tag.content.isEmpty else { throw TemplateSyntaxError(offset: tag.offset, problem: "the block has no name") }
            let block = TemplateBlock(symbol: symbols.block(tag.name), nodes: try nodes(closing: tag, overrides: &none))
            guard insideParent else { return .block(block, indentation: indentation, standalone: standalone) }
            overrides.removeAll { $0.symbol == block.symbol }
            overrides.append(block)
            return nil
        }
    }

    private func name(of tag: TemplateToken) throws(TemplateSyntaxError) -> TemplateName {
        try TemplateName.parse(tag.name, at: tag.offset)
    }

    private mutating func templateSymbol(of tag: TemplateToken) throws(TemplateSyntaxError) -> Int {
        guard !tag.content.isEmpty else { throw TemplateSyntaxError(offset: tag.offset, problem: "the tag names no template") }
        guard tag.content.first != UInt8(ascii: "*") else {
            throw TemplateSyntaxError(offset: tag.offset, problem: "dynamic names (`\(tag.name)`) are not supported")
        }
        return symbols.template(tag.name)
    }

    private func spot(_ tag: TemplateToken) -> TemplateSpot {
        let (line, column) = Self.lineAndColumn(of: tag.offset, in: source)
        return TemplateSpot(template: template, line: line, column: column)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func lineAndColumn(of offset: Int, in source: [UInt8]) -> (line: Int, column: Int) {
        let before = source[..<min(offset, source.count)]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: source[lineStart..<before.endIndex], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
