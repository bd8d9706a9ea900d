import Foundation

/// WordPress's automatic paragraphs (`wpautop`), which the classic editor's posts and all comments rely on: text
/// separated by a blank line is a paragraph, a single line break inside one is a `<br>`. Chunks that start with a block
/// element are left as they are, and so is the inside of `<pre>`. As in WordPress, a block element's tags end the
/// paragraph around them even without a blank line (`text\n<ul>` is a paragraph, then the list).
enum WordPressAutop {
    static var blockStarts: Regex<(Substring, Substring)> {
        /^<\/?(p|div|ul|ol|li|h[1-6]|blockquote|table|thead|tbody|tr|td|th|figure|figcaption|pre|hr|dl|dt|dd|section|article|aside|header|footer|nav|address|iframe|form|fieldset|details|summary|audio|video|object|embed|style|script|hr)\b/
            .ignoresCase()
    }

    static var blockOpenings: Regex<(Substring, Substring)> {
        /<(p|div|ul|ol|li|h[1-6]|blockquote|table|thead|tbody|tr|td|th|hr|dl|dt|dd|section|article|aside|header|footer|nav|address|form|fieldset|details|summary)[\s\/>]/
            .ignoresCase()
    }

    static var blockClosings: Regex<(Substring, Substring)> {
        /<\/(p|div|ul|ol|li|h[1-6]|blockquote|table|thead|tbody|tr|td|th|dl|dt|dd|section|article|aside|header|footer|nav|address|form|fieldset|details|summary)>/
            .ignoresCase()
    }

    static func paragraphs(_ text: String) -> String {
        var preBlocks: [String] = []
        var protected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        protected = protected.replacing(/<pre[\s>][\s\S]*?<\/pre>/.ignoresCase()) { match in
            preBlocks.append(String(match.output))
            return "\u{E000}\(preBlocks.count - 1)\u{E001}"
        }
        protected = protected.replacing(blockOpenings) { "\n\n" + $0.output.0 }
        protected = protected.replacing(blockClosings) { $0.output.0 + "\n\n" }
        let chunks = protected.split(separator: /\n[ \t]*\n/).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let html = chunks.filter { !$0.isEmpty }.map { chunk -> String in
            if chunk.hasPrefix("\u{E000}") || chunk.firstMatch(of: blockStarts) != nil { return chunk }
            let lines = chunk.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return "<p>" + lines.joined(separator: "<br>\n") + "</p>"
        }.joined(separator: "\n\n")
        return html.replacing(/\x{E000}([0-9]+)\x{E001}/) { match in
            Int(match.output.1).flatMap { preBlocks.indices.contains($0) ? preBlocks[$0] : nil } ?? ""
        }
    }
}
