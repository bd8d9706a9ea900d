extension Diagnostic {
    /// The most Unicode scalars of a source line shown under a message; a longer line is cut around the column.
    public static let excerptWidth = 120

    /// The compiler's form: `path:line:col: error: message`, then the offending line and a caret. A line longer
    /// than `excerptWidth` is cut around the column, each cut marked `…`, with the caret still under the column.
    public var rendered: String {
        var text = "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        if let excerpt {
            let (shown, caretOffset) = Self.window(of: excerpt, column: location.column)
            let caretPadding = shown.unicodeScalars.prefix(caretOffset).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n" + shown + "\n" + caretPadding + "^"
        }
        return text
    }

    /// The part of `line` shown for `column` (1-based, in Unicode scalars) and the scalars before the caret in it.
    static func window(of line: String, column: Int) -> (text: String, caretOffset: Int) {
        let scalars = Array(line.unicodeScalars)
        let caret = max(0, column - 1)
        guard scalars.count > excerptWidth else { return (line, caret) }
        // The column sits a third of the way in, so that the caret shows what follows it more than what precedes it.
        var start = max(0, min(caret - excerptWidth / 3, scalars.count - excerptWidth))
        // A cut never separates a combining mark from its letter.
        while start > 0, start < scalars.count, isMark(scalars[start]) { start -= 1 }
        var end = min(scalars.count, start + excerptWidth)
        while end < scalars.count, isMark(scalars[end]) { end += 1 }
        var shown = String.UnicodeScalarView()
        if start > 0 { shown.append("…") }
        shown.append(contentsOf: scalars[start..<end])
        if end < scalars.count { shown.append("…") }
        return (String(shown), min(caret, scalars.count) - start + (start > 0 ? 1 : 0))
    }

    /// Nonspacing, spacing and enclosing marks: the scalars that belong to the letter before them.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
