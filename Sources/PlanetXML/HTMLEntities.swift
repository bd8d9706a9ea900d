/// HTML5's named character references (the WHATWG list, in `HTMLEntities+Table.swift`), where feeds need them:
/// XML knows only five names, and libxml2's HTML parser only HTML 4's.
public enum HTMLEntities {
    struct Reference {
        let scalars: [Unicode.Scalar]
        /// HTML 4 has it too, so libxml2's HTML parser reads it.
        let inHTML4: Bool
    }

    static let references: [String: Reference] = {
        var references: [String: Reference] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3 else { continue }
            let scalars = fields[1].split(separator: ",").compactMap { UInt32($0).flatMap(Unicode.Scalar.init) }
            references[String(fields[0])] = Reference(scalars: scalars, inHTML4: fields[2] == "4")
        }
        return references
    }()

    /// The text `&name;` stands for, nil when HTML5 has no such name (`name` without `&` and `;`).
    public static func text(named name: String) -> String? {
        references[name].map { String(String.UnicodeScalarView($0.scalars)) }
    }

    /// `&name;` as numeric references (`&#8230;`), nil when HTML5 has no such name.
    static func numeric(named name: String) -> String? {
        references[name].map { $0.scalars.map { "&#\($0.value);" }.joined() }
    }

    /// HTML with each reference that HTML5 has and HTML 4 lacks (`&bigstar;`, `&apos;`...) made numeric, so that
    /// libxml2's HTML parser reads it; every other byte is left as it is.
    public static func numericForHTML5Only(_ html: String) -> String {
        guard html.contains("&") else { return html }
        var result = ""
        var rest = html[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let name = rest[afterAmpersand...].prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) })
            if !name.isEmpty, name.endIndex < rest.endIndex, rest[name.endIndex] == ";",
               let reference = references[String(name)], !reference.inHTML4 {
                result += reference.scalars.map { "&#\($0.value);" }.joined()
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }
}
