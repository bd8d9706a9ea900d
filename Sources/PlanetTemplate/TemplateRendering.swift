/// One render of a template: the output bytes, the context stack, the position in the list being iterated,
/// the current indentation and the blocks that parent calls override.
struct TemplateRendering {
    let templates: [[TemplateNode]?]
    let names: [String]
    let missingTemplates: TemplateLibrary.MissingTemplates
    var output: [UInt8] = []
    var stack: [TemplateValue]
    var position: SequencePosition?
    private var indentation: [UInt8] = []
    /// A line has started under a non-empty indentation: it is written before the line's first byte.
    private var indentationPending = false
    /// Blocks overridden by the parent calls being rendered, outermost first: the first one found wins.
    private var overrides: [TemplateBlock] = []
    private var depth = 0

    init(templates: [[TemplateNode]?], names: [String], missingTemplates: TemplateLibrary.MissingTemplates, stack: [TemplateValue]) {
        self.templates = templates
        self.names = names
        self.missingTemplates = missingTemplates
        self.stack = stack
        output.reserveCapacity(16_384)
    }

    mutating func render(_ nodes: [TemplateNode], from start: Int = 0) throws(TemplateError) {
        var index = start
        while index < nodes.count {
            defer { index += 1 }
            switch nodes[index] {
            case .text(let text):
                write(text)
            case .lineStart:
                if !indentation.isEmpty { indentationPending = true }
            case .variable(let name, let escaped, let spot):
                if let value = resolve(name) { try show(value, escaped: escaped, name: name, at: spot) }
            case .section(let name, let nodes):
                try renderSection(resolve(name), nodes)
            case .inverted(let name, let nodes):
                try renderInverted(resolve(name), nodes)
            case .partial(let template, let indentation, let spot):
                try include(template, indentation: indentation, overriding: [], at: spot)
            case .parent(let template, let blocks, let indentation, let spot):
                try include(template, indentation: indentation, overriding: blocks, at: spot)
            case .block(let block, let indentation, let standalone):
                try expand(block, indentation: indentation, standalone: standalone)
            }
        }
    }

    /// Lists iterate, `true` renders in the same context, other values but null are pushed on the stack
    /// (an empty string or a zero too, as swift-mustache does).
    private mutating func renderSection(_ value: TemplateValue?, _ nodes: [TemplateNode]) throws(TemplateError) {
        switch value {
        case nil, .null?, .bool(false)?:
            return
        case .bool(true)?:
            try render(nodes)
        case .list(let items)?:
            let saved = position
            defer { position = saved }
            for (index, item) in items.enumerated() {
                position = SequencePosition(isFirst: index == 0, isLast: index == items.count - 1)
                stack.append(item)
                defer { stack.removeLast() }
                try render(nodes)
            }
        case let value?:
            try withPushed(value) { (rendering: inout TemplateRendering) throws(TemplateError) in try rendering.render(nodes) }
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ nodes: [TemplateNode]) throws(TemplateError) {
        switch value {
        case nil, .null?, .bool(false)?:
            try render(nodes)
        case .list(let items)? where items.isEmpty:
            try withPushed(.list([])) { (rendering: inout TemplateRendering) throws(TemplateError) in try rendering.render(nodes) }
        default:
            return
        }
    }

    private mutating func withPushed(
        _ value: TemplateValue, _ body: (inout TemplateRendering) throws(TemplateError) -> Void
    ) throws(TemplateError) {
        let saved = position
        position = nil
        stack.append(value)
        defer {
            stack.removeLast()
            position = saved
        }
        try body(&self)
    }

    private mutating func include(
        _ template: Int, indentation extra: [UInt8], overriding blocks: [TemplateBlock], at spot: TemplateSpot
    ) throws(TemplateError) {
        guard template < templates.count, let nodes = templates[template] else {
            if missingTemplates == .renderNothing { return }
            throw error(at: spot, "there is no template named `\(names[template])`")
        }
        guard depth < TemplateLibrary.maximumDepth else {
            throw error(at: spot, "partials nested more than \(TemplateLibrary.maximumDepth) deep (does `\(names[template])` include itself?)")
        }
        let saved = (position, indentation)
        depth += 1
        position = nil
        indentation += extra
        overrides += blocks
        defer {
            overrides.removeLast(blocks.count)
            (position, indentation) = saved
            depth -= 1
            if !extra.isEmpty { indentationPending = false }
        }
        try render(nodes)
    }

    private mutating func expand(_ block: TemplateBlock, indentation extra: [UInt8], standalone: Bool) throws(TemplateError) {
        let savedPosition = position
        position = nil
        defer { position = savedPosition }
        guard let override = overrides.first(where: { $0.symbol == block.symbol }) else {
            try render(block.nodes)
            return
        }
        let savedIndentation = indentation
        indentation += extra
        defer { indentation = savedIndentation }
        var start = 0
        if standalone {
            if !indentation.isEmpty { indentationPending = true }
        } else if case .lineStart? = override.nodes.first {
            // The whitespace before the tag is already written: it indents the first line.
            start = 1
        }
        try render(override.nodes, from: start)
    }

    func error(at spot: TemplateSpot, _ message: String) -> TemplateError {
        TemplateError(template: names[spot.template], line: spot.line, column: spot.column, message: message)
    }

    mutating func write(_ bytes: [UInt8]) {
        writePendingIndentation()
        output += bytes
    }

    mutating func writePendingIndentation() {
        if indentationPending {
            indentationPending = false
            output += indentation
        }
    }
}
