import PlanetCore

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

    /// HTML with each reference libxml2's HTML parser would misread made numeric as HTML5 reads it: the names HTML5
    /// has and HTML 4 lacks (`&bigstar;`, `&apos;`...), and numeric references to C1 controls, which HTML5 reads
    /// as Windows-1252 (`&#146;` is `&#8217;`). Every other byte is left as it is.
    public static func readableByLibXML2(_ html: String) -> String {
        guard html.utf8Contains("&") else { return html }
        var result = ""
        var rest = html[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let name = rest[afterAmpersand...].prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") })
            if !name.isEmpty, name.endIndex < rest.endIndex, rest[name.endIndex] == ";", let numeric = readable(String(name)) {
                result += numeric
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    /// The numeric form of the reference `&name;` when libxml2 would misread it, else nil.
    private static func readable(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let hex = name.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
            guard let value = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), (0x80...0x9F).contains(value) else { return nil }
            return "&#\(windows1252(value));"
        }
        guard let reference = references[name], !reference.inHTML4 else { return nil }
        return reference.scalars.map { "&#\($0.value);" }.joined()
    }

    /// The code point HTML5 reads for a numeric reference to a C1 control: Windows-1252's character for that byte.
    static func windows1252(_ value: UInt32) -> UInt32 {
        (0x80...0x9F).contains(value) ? FeedTranscoder.windows1252Scalar(UInt8(value)).value : value
    }
}
