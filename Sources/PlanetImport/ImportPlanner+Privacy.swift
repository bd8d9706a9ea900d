import PlanetCore

extension ImportPlanner {
    /// Removes from every text file the export's e-mail and IP addresses where someone typed them (a comment signed
    /// with an address, a post quoting one), each replaced by `…`, with one warning per file.
    mutating func removePrivateValues() {
        let values = blog.privateValues.filter { $0.count >= 3 }.sorted { $0.count > $1.count }
        guard !values.isEmpty else { return }
        for index in plan.files.indices {
            guard case .text(let text) = plan.files[index].content else { continue }
            var cleaned = text
            for value in values { cleaned = Self.removing(value, from: cleaned) }
            if cleaned != text {
                plan.files[index].content = .text(cleaned)
                plan.diagnostics.append(.warning("\(plan.files[index].path): an e-mail or IP address of the export was removed from it",
                                                 at: location(0)))
            }
        }
    }

    /// `text` with each whole occurrence of `value` (not inside a longer word, address or number) replaced by `…`.
    static func removing(_ value: String, from text: String) -> String {
        guard text.range(of: value, options: .caseInsensitive) != nil else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: value, options: .caseInsensitive) {
            let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : " "
            let after = rest[range.upperBound...].prefix(2)
            let joinsBefore = before.isLetter || before.isNumber || ".@:".contains(before)
            let joinsAfter = after.first.map { $0.isLetter || $0.isNumber || "@:".contains($0) } == true
                || after.first == "." && after.dropFirst().first.map { $0.isLetter || $0.isNumber } == true
            result += rest[..<range.lowerBound]
            result += joinsBefore || joinsAfter ? String(rest[range]) : "…"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
