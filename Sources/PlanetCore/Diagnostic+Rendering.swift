extension Diagnostic {
    /// The compiler's form: `path:line:col: error: message`, then the offending line and a caret.
    public var rendered: String {
        var text = "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        if let excerpt {
            let caretPadding = excerpt.unicodeScalars.prefix(location.column - 1)
                .map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n" + excerpt + "\n" + caretPadding + "^"
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
