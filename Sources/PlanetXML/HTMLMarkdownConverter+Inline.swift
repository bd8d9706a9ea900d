internal import CLibXML2
import Foundation

extension HTMLMarkdownConverter {
    /// Inline nodes as one Markdown text: whitespace collapsed as HTML collapses it, hard breaks as `\` and a line break.
    func inline(_ nodes: [xmlNodePtr]) -> String {
        var text = ""
        for node in nodes { append(node, to: &text) }
        return text
    }

    private func append(_ node: xmlNodePtr, to text: inout String) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            var piece = insideLink ? escaped(collapsed(node.textContent)) : linkingURLs(collapsed(node.textContent))
            if piece.hasPrefix(" "), text.isEmpty || text.hasSuffix(" ") || text.hasSuffix("\n") { piece.removeFirst() }
            text += piece
            return
        case XML_ELEMENT_NODE: break
        default: return
        }
        switch node.name {
        case "br":
            while text.hasSuffix(" ") { text.removeLast() }
            text += text.firstMatch(of: Self.trailingAutolink) != nil ? "  \n" : "\\\n"
        case "em", "i": text += delimited(node, marker: "*", in: text)
        case "strong", "b": text += delimited(node, marker: "**", in: text)
        case "del", "s", "strike": text += delimited(node, marker: "~~", in: text)
        case "code", "tt": text += codeSpan(node.textContent)
        case "a": text += link(node, after: &text)
        case "img": text += image(node, after: &text)
        case "span" where node.attributeNames.isEmpty: text += inline(node.childList)
        case "style": return
        case "iframe", "object", "embed", "script": text += embedLink(node)
        case let name where Self.blockNames.contains(name):
            text += options.rawHTML ? Self.withoutBlankLines(tree.serialized([node])) : escaped(collapsed(node.textContent))
        default: text += rawTags(node, around: inline(node.childList))
        }
    }

    /// `*text*`, `**text**` or `~~text~~`, when the text starts and ends with a letter or digit (so that the markers
    /// open and close wherever they stand); else the element's own tags around the text.
    private func delimited(_ node: xmlNodePtr, marker: String, in text: String) -> String {
        let inner = inline(node.childList)
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return inner.isEmpty ? "" : " " }
        let leading = inner.hasPrefix(" ") ? " " : ""
        let trailing = inner.hasSuffix(" ") ? " " : ""
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last,
              Self.isAlphanumeric(first) || first == "*" && marker != "*",
              Self.isAlphanumeric(last) || last == "*" && marker != "*" || Self.closesBeforeBoundary(node, last: last, inner: inner) else {
            return leading + rawTags(node, around: trimmed) + trailing
        }
        return leading + marker + trimmed + marker + trailing
    }

    /// Whether emphasis whose text ends in punctuation (`<strong>Edit:</strong>`) still closes: when the punctuation is
    /// not a Markdown one nor escaped, and what follows is a space, a punctuation mark, a line break or the block's end.
    private static func closesBeforeBoundary(_ node: xmlNodePtr, last: Unicode.Scalar, inner: String) -> Bool {
        guard isPunctuation(last), !"*_~`\\[]()<>!&".unicodeScalars.contains(last),
              !inner.trimmingCharacters(in: .whitespaces).dropLast().hasSuffix("\\") else { return false }
        if inner.hasSuffix(" ") { return true }
        guard let next = node.pointee.next else {
            let parent = node.pointee.parent.map { $0.name } ?? "body"
            return parent == "body" || blockNames.contains(parent)
        }
        if next.isElement { return next.name == "br" }
        guard let character = next.textContent.unicodeScalars.first else { return false }
        return character.properties.isWhitespace || isPunctuation(character) && !"*_~".unicodeScalars.contains(character)
    }

    /// Punctuation as CommonMark's flanking rules take it: ASCII punctuation and symbols, and Unicode's punctuation.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let character = Character(scalar)
        return character.isPunctuation || scalar.isASCII && character.isSymbol
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The element's start and end tags, as libxml2 writes them, around Markdown `inner`; `inner` alone without `rawHTML`.
    private func rawTags(_ node: xmlNodePtr, around inner: String) -> String {
        guard options.rawHTML, let copy = xmlCopyNode(node, 2) else { return inner }
        defer { xmlFreeNode(copy) }
        var start = Self.withoutBlankLines(tree.serialized([copy]))
        let end = "</\(node.name)>"
        if start.hasSuffix(end) { start.removeLast(end.count) }
        return Self.voidNames.contains(node.name) ? start : start + inner + end
    }

    private func link(_ node: xmlNodePtr, after text: inout String) -> String {
        var labelConverter = self
        labelConverter.insideLink = true
        let label = labelConverter.inline(node.childList).trimmingCharacters(in: .whitespaces)
        if node.attribute("id") != nil || node.attribute("name") != nil { return rawTags(node, around: label) }
        guard let href = node.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty, !label.isEmpty,
              !label.contains("\n") else {
            return label.isEmpty ? "" : rawTags(node, around: label)
        }
        if node.attribute("title") == nil, collapsed(node.textContent).trimmingCharacters(in: .whitespaces) == href,
           href.wholeMatch(of: Self.autolinkable) != nil {
            return "<" + href + ">"
        }
        if text.hasSuffix("!") { text.insert("\\", at: text.index(before: text.endIndex)) }
        return "[" + label + "](" + destination(href) + title(node) + ")"
    }

    private func image(_ node: xmlNodePtr, after text: inout String) -> String {
        guard let src = node.attribute("src")?.trimmingCharacters(in: .whitespacesAndNewlines), !src.isEmpty else { return "" }
        if text.hasSuffix("!") { text.insert("\\", at: text.index(before: text.endIndex)) }
        let alt = escaped(collapsed(node.attribute("alt") ?? "")).trimmingCharacters(in: .whitespaces)
        return "![" + alt + "](" + destination(src) + title(node) + ")"
    }

    /// A URL that a `<…>` autolink can hold as it is.
    static var autolinkable: Regex<Substring> { /https?:\/\/[^\s<>\\`]+/.ignoresCase() }

    /// Markdown text that ends with a `<…>` autolink.
    static var trailingAutolink: Regex<Substring> { /<https?:\/\/[^\s<>\\`]+>$/.ignoresCase() }

    /// Text escaped (see `escaped`), its bare URLs written as `<…>` autolinks, unescaped: cmark-gfm's extended autolinks
    /// would take an escape's backslash into the link (`a\_b`). The punctuation that ends a sentence stays out of the
    /// link, and so does a closing parenthesis that the URL does not open; a bare `www.` address is linked to its
    /// `http://` form with its text as written.
    func linkingURLs(_ text: String) -> String {
        guard text.contains("http") || text.contains("www.") else { return escaped(text) }
        var result = ""
        var rest = Substring(text)
        while let match = rest.firstMatch(of: /(?:https?:\/\/|www\.)[^\s<>\\`"|]+/.ignoresCase()) {
            var url = match.output
            while let last = url.last, ".,:;!?'*_~".contains(last) || last == ")" && url.filter({ $0 == "(" }).count < url.filter({ $0 == ")" }).count {
                url = url.dropLast()
            }
            let isWWW = url.lowercased().hasPrefix("www.")
            let host = isWWW ? url.dropFirst(4) : url.drop { $0 != ":" }.dropFirst(3)
            let before = url.startIndex > rest.startIndex ? rest[rest.index(before: url.startIndex)] : " "
            guard host.contains(where: { $0.isLetter || $0.isNumber }),
                  !(isWWW && (before.isLetter || before.isNumber || "./@-".contains(before))) else {
                result += escaped(String(rest[..<url.endIndex]))
                rest = rest[url.endIndex...]
                continue
            }
            result += escaped(String(rest[..<url.startIndex]))
            if isWWW {
                result += "[" + escaped(String(url)) + "](" + destination("http://" + url) + ")"
            } else {
                result += "<" + url + ">"
            }
            rest = rest[url.endIndex...]
        }
        return result + escaped(String(rest))
    }

    /// An embedded player (`iframe`, `object`, `embed`, a gist's `script`), which no page may load, as a link to what it played (see `EmbeddedPlayer`).
    func embedLink(_ node: xmlNodePtr) -> String {
        guard let player = EmbeddedPlayer(node) else { return "" }
        return "[" + escaped(player.label) + "](" + destination(player.url) + ")"
    }

    private func title(_ node: xmlNodePtr) -> String {
        let value = collapsed(node.attribute("title") ?? "").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return "" }
        return " \"" + escaped(value).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A link destination: as it is, or between `<` and `>` when it holds spaces or parentheses; backslashes, `<`,
    /// `>` and references escaped.
    func destination(_ url: String) -> String {
        var result = ""
        let angled = url.contains { " ()\t\n".contains($0) }
        var index = url.startIndex
        while index < url.endIndex {
            let character = url[index]
            switch character {
            case "\\", "<", ">": result += "\\" + String(character)
            case "\n", "\t": result += "%20"
            case "&" where Self.startsReference(url[index...]): result += "\\&"
            default: result.append(character)
            }
            index = url.index(after: index)
        }
        return angled ? "<" + result + ">" : result
    }

    private func codeSpan(_ code: String) -> String {
        let text = code.replacingOccurrences(of: "\n", with: " ")
        if text.isEmpty { return "" }
        let fence = String(repeating: "`", count: Self.longestRun(of: "`", in: text) + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && text.contains { $0 != " " })
        return padded ? fence + " " + text + " " + fence : fence + text + fence
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for next in text {
            current = next == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
