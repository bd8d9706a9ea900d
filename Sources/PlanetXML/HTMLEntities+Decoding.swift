import PlanetCore

extension HTMLEntities {
    /// Text with each character reference (`&lt;`, `&#8217;`, `&#x27;`) replaced by what it stands for, as HTML5 reads
    /// it; anything else, a lone `&` included, is left as it is. For code written into HTML by an editor.
    public static func decoded(_ text: String) -> String {
        guard text.utf8Contains("&") else { return text }
        return text.replacing(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/) { match in
            let name = String(match.output.1)
            guard name.hasPrefix("#") else { return self.text(named: name) ?? String(match.output.0) }
            let hex = name.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
            guard let value = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), value != 0,
                  let scalar = Unicode.Scalar(windows1252(value)) else { return String(match.output.0) }
            return String(Character(scalar))
        }
    }
}
