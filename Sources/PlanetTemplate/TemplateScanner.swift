/// Cuts a template's source into text and tags, following `{{=<% %>=}}` delimiter changes.
struct TemplateScanner {
    private let source: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var tokens: [TemplateToken] = []

    private init(source: [UInt8]) {
        self.source = source
    }

    static func tokens(of source: [UInt8]) throws(TemplateSyntaxError) -> [TemplateToken] {
        var scanner = TemplateScanner(source: source)
        try scanner.scan()
        return scanner.tokens
    }

    private mutating func scan() throws(TemplateSyntaxError) {
        var index = 0
        var textStart = 0
        while index < source.count {
            guard source[index] == open[0], matches(open, at: index) else {
                index += 1
                continue
            }
            appendText(textStart..<index)
            index = try scanTag(at: index)
            textStart = index
        }
        appendText(textStart..<source.count)
    }

    /// Reads the tag at `start` (its opening delimiter); returns the offset just after it.
    private mutating func scanTag(at start: Int) throws(TemplateSyntaxError) -> Int {
        let sigilIndex = start + open.count
        let sigil = sigilIndex < source.count ? source[sigilIndex] : 0
        let kind: TemplateToken.Kind
        var contentStart = sigilIndex + 1
        var terminator = close
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            terminator = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "%"): throw TemplateSyntaxError(offset: start, problem: "pragmas (`{{%...}}`) are not supported")
        default:
            kind = .variable(escaped: true)
            contentStart = sigilIndex
        }
        guard let end = find(terminator, from: min(contentStart, source.count)) else {
            let closing = String(decoding: terminator, as: UTF8.self)
            throw TemplateSyntaxError(offset: start, problem: "this tag is never closed (no `\(closing)` after it)")
        }
        let content = Self.trimmed(source[contentStart..<end])
        if kind == .delimiters {
            try changeDelimiters(content, tagStart: start)
        }
        tokens.append(TemplateToken(kind: kind, content: Array(content), offset: start))
        return end + terminator.count
    }

    /// `{{=<% %>=}}`: the content is `<% %>=`.
    private mutating func changeDelimiters(_ content: ArraySlice<UInt8>, tagStart: Int) throws(TemplateSyntaxError) {
        let problem = "a delimiter change is written `{{=<% %>=}}`: two delimiters without spaces or `=`, then `=`"
        guard content.last == UInt8(ascii: "=") else { throw TemplateSyntaxError(offset: tagStart, problem: problem) }
        let parts = Self.trimmed(content.dropLast()).split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw TemplateSyntaxError(offset: tagStart, problem: problem)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    /// Text, cut after every line break so that no text token spans two lines.
    private mutating func appendText(_ range: Range<Int>) {
        var start = range.lowerBound
        for index in range where source[index] == UInt8(ascii: "\n") {
            tokens.append(TemplateToken(kind: .text, content: Array(source[start...index]), offset: start))
            start = index + 1
        }
        if start < range.upperBound {
            tokens.append(TemplateToken(kind: .text, content: Array(source[start..<range.upperBound]), offset: start))
        }
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= source.count else { return false }
        for offset in pattern.indices where source[index + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= source.count {
            if source[index] == pattern[0], matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, isWhitespace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isWhitespace(last) { slice = slice.dropLast() }
        return slice
    }
}
