/// The line rules of the Mustache spec: a line holding a single section, inverted, closing, comment,
/// delimiter, partial, parent or block tag and whitespace is "standalone" and renders nothing of its own;
/// a standalone partial indents every line it renders by the whitespace before it; a block is indented
/// where it is expanded and loses the indentation of the place where it is overridden (`~inheritance`).
struct TemplateLayout {
    private enum Frame {
        case parent
        case definition(dedent: Int)
        case other
    }

    private let lines: [[TemplateToken]]
    private var frames: [Frame] = []
    private var items: [TemplateItem] = []

    private init(tokens: [TemplateToken]) {
        var lines: [[TemplateToken]] = []
        var line: [TemplateToken] = []
        for token in tokens {
            line.append(token)
            if token.kind == .text, token.content.last == UInt8(ascii: "\n") {
                lines.append(line)
                line = []
            }
        }
        if !line.isEmpty { lines.append(line) }
        self.lines = lines
    }

    static func items(_ tokens: [TemplateToken]) -> [TemplateItem] {
        var layout = TemplateLayout(tokens: tokens)
        for index in layout.lines.indices { layout.place(line: index) }
        return layout.items
    }

    private mutating func place(line index: Int) {
        let dedent = currentDedent
        let line = Self.dedented(lines[index], by: dedent)
        let tags = line.filter { $0.kind != .text }
        let blank = line.allSatisfy { $0.kind != .text || Self.isBlank($0.content) }
        let leading = line.first.flatMap { $0.kind == .text && Self.isBlank($0.content) ? Self.leadingWhitespace($0.content) : nil } ?? []
        if blank, isStandalone(tags) {
            for tag in tags {
                var indentation = leading
                if tag.kind == .block, !insideParent {
                    indentation = nextLineIndentation(after: index, dedent: dedent)
                }
                items.append(.tag(tag, indentation: indentation, standalone: true))
                enter(tag, standalone: true, nextLine: index + 1)
            }
            return
        }
        var markedStart = false
        var onlyWhitespaceBefore = true
        for token in line {
            if !markedStart, Self.startsLine(token) {
                items.append(.lineStart)
                markedStart = true
            }
            if token.kind == .text {
                if !token.content.isEmpty { items.append(.text(token.content)) }
                onlyWhitespaceBefore = onlyWhitespaceBefore && Self.isBlank(token.content)
                continue
            }
            // A block expanded after nothing but whitespace on its line: its overriding content is indented by it.
            let indentation = token.kind == .block && !insideParent && onlyWhitespaceBefore ? leading : []
            items.append(.tag(token, indentation: indentation, standalone: false))
            onlyWhitespaceBefore = false
            enter(token, standalone: false, nextLine: index + 1)
        }
    }

    /// One tag that can stand alone; or parent, block and closing tags of which one opens or closes a parent
    /// (`{{<p}}{{/p}}`, `{{<p}}{{$b}}`, `{{/b}}{{/p}}`): a parent's tags need not be on lines of their own.
    private func isStandalone(_ tags: [TemplateToken]) -> Bool {
        if tags.count == 1 { return tags[0].canStandAlone }
        var frames = frames
        var involvesParent = false
        for tag in tags {
            switch tag.kind {
            case .parent:
                involvesParent = true
                frames.append(.parent)
            case .block:
                frames.append(.other)
            case .close:
                if case .parent? = frames.popLast() { involvesParent = true }
            default:
                return false
            }
        }
        return involvesParent
    }

    private var insideParent: Bool {
        if case .parent? = frames.last { return true }
        return false
    }

    private var currentDedent: Int {
        for frame in frames.reversed() {
            if case .definition(let dedent) = frame { return dedent }
        }
        return 0
    }

    /// Follows sections, parents and blocks, to tell a block overridden in a parent from a block expanded.
    private mutating func enter(_ tag: TemplateToken, standalone: Bool, nextLine: Int) {
        switch tag.kind {
        case .section, .inverted: frames.append(.other)
        case .parent: frames.append(.parent)
        case .block:
            if insideParent {
                let dedent = standalone && nextLine < lines.count ? Self.leadingWhitespace(lines[nextLine].first?.content ?? []).count : 0
                frames.append(.definition(dedent: standalone ? dedent : 0))
            } else {
                frames.append(.other)
            }
        case .close: if !frames.isEmpty { frames.removeLast() }
        case .text, .variable, .comment, .delimiters, .partial: break
        }
    }

    private func nextLineIndentation(after index: Int, dedent: Int) -> [UInt8] {
        guard index + 1 < lines.count, let first = Self.dedented(lines[index + 1], by: dedent).first, first.kind == .text else { return [] }
        return Self.leadingWhitespace(first.content)
    }

    /// Whether the token is where a line's rendered content starts (closing tags and comments render nothing).
    private static func startsLine(_ token: TemplateToken) -> Bool {
        switch token.kind {
        case .close, .comment, .delimiters: false
        case .text: !token.content.isEmpty
        case .variable, .section, .inverted, .partial, .parent, .block: true
        }
    }

    private static func dedented(_ line: [TemplateToken], by dedent: Int) -> [TemplateToken] {
        guard dedent > 0, let first = line.first, first.kind == .text else { return line }
        let removed = min(dedent, leadingWhitespace(first.content).count)
        var line = line
        line[0] = TemplateToken(kind: .text, content: Array(first.content.dropFirst(removed)), offset: first.offset + removed)
        return line
    }

    private static func leadingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    /// Spaces and tabs, then maybe a line break (`\n` or `\r\n`).
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.last == UInt8(ascii: "\n") {
            body = body.dropLast()
            if body.last == UInt8(ascii: "\r") { body = body.dropLast() }
        }
        return body.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
