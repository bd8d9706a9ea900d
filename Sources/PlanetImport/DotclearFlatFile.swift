/// Dotclear's backup format (Maintenance → Backup): a `///DOTCLEAR|version|mode` line, then tables, each a
/// `[name col1,col2,...]` header followed by one row per line of comma-separated fields: `"quoted"` with backslash
/// escapes (`\"`, `\\`, `\n`, `\r`), or a bare `NULL`. Not XML, HTML, YAML nor Markdown: read here, line by line.
struct DotclearFlatFile {
    struct Row {
        var values: [String: String]
        var line: Int

        subscript(_ column: String) -> String { values[column] ?? "" }
    }

    var tables: [String: [Row]] = [:]
    var isDotclear = false

    init(_ text: String) {
        var columns: [String] = []
        var table = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if index == 0 {
                isDotclear = line.hasPrefix("///DOTCLEAR|")
                continue
            }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let header = line.dropFirst().dropLast()
                let parts = header.split(separator: " ", maxSplits: 1)
                table = parts.first.map(String.init) ?? ""
                columns = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
                continue
            }
            guard !table.isEmpty, !line.isEmpty else { continue }
            let fields = Self.fields(line)
            var values: [String: String] = [:]
            for (column, value) in zip(columns, fields) { values[column] = value }
            tables[table, default: []].append(Row(values: values, line: index + 1))
        }
    }

    /// The fields of one row; `NULL` is empty.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                switch character {
                case "\\":
                    switch iterator.next() {
                    case "n": current.append("\n")
                    case "r": current.append("\r")
                    case "t": current.append("\t")
                    case let other?: current.append(other)
                    case nil: break
                    }
                case "\"": quoted = false
                default: current.append(character)
                }
            } else {
                switch character {
                case "\"": quoted = true
                case ",":
                    fields.append(current == "NULL" ? "" : current)
                    current = ""
                default: current.append(character)
                }
            }
        }
        fields.append(current == "NULL" ? "" : current)
        return fields
    }
}
