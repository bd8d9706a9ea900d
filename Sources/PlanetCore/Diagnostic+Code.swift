extension Diagnostic {
    /// The diagnostic's `code`, or one derived from the fixed words that open its message, so that it does
    /// not change with the file or the value at fault: `invalid YAML: ...` → `invalid-yaml`,
    /// ``missing `date`: ...`` → `missing-date`, ``duplicate slug `x`: ...`` → `duplicate-slug`.
    public var stableCode: String {
        if let code { return code }
        let clause = message.prefix { $0 != ":" && $0 != ";" && $0 != "," && $0 != "(" }
        var words: [Substring] = []
        var quoted: [(index: Int, text: Substring)] = []
        for (index, part) in clause.split(separator: "`", omittingEmptySubsequences: false).enumerated() {
            if index % 2 == 1 {
                quoted.append((words.count, part))
                words.append(part)
            } else {
                words += part.split(separator: " ")
            }
        }
        let kept = words.enumerated().filter { position, _ in
            guard quoted.contains(where: { $0.index == position }) else { return true }
            return position == 0 || (position == 1 && words.count == 2)
        }.map(\.element)
        let code = Slug.make(kept.joined(separator: " ")).split(separator: "-").prefix(5).joined(separator: "-")
        return code.isEmpty ? "diagnostic" : code
    }
}
