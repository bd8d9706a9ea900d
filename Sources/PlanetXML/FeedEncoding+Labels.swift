import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FeedEncoding {
    /// The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels), as browsers read
    /// them, for the encodings glibc's iconv knows: the encoding's name, then its labels. Latin-1 and ASCII are
    /// Windows-1252. Where WHATWG's encoding is a superset of the name's (Shift_JIS, EUC-KR, GB2312), iconv's name
    /// is the superset's.
    static let whatwg: [(name: String, iconv: String, labels: [String])] = [
        ("utf-8", "UTF-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        ("ibm866", "IBM866", ["866", "cp866", "csibm866", "ibm866"]),
        ("iso-8859-2", "ISO-8859-2", ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        ("iso-8859-3", "ISO-8859-3", ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        ("iso-8859-4", "ISO-8859-4", ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        ("iso-8859-5", "ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        ("iso-8859-6", "ISO-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
                                      "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        ("iso-8859-7", "ISO-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
                                      "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        ("iso-8859-8", "ISO-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
                                      "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"]),
        ("iso-8859-10", "ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("iso-8859-13", "ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"]),
        ("iso-8859-14", "ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"]),
        ("iso-8859-15", "ISO-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("iso-8859-16", "ISO-8859-16", ["iso-8859-16"]),
        ("koi8-r", "KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ("koi8-u", "KOI8-U", ["koi8-ru", "koi8-u"]),
        ("macintosh", "MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        ("windows-874", "CP874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        ("windows-1250", "CP1250", ["cp1250", "windows-1250", "x-cp1250"]),
        ("windows-1251", "CP1251", ["cp1251", "windows-1251", "x-cp1251"]),
        ("windows-1252", "CP1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
                                    "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        ("windows-1253", "CP1253", ["cp1253", "windows-1253", "x-cp1253"]),
        ("windows-1254", "CP1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
                                    "l5", "latin5", "windows-1254", "x-cp1254"]),
        ("windows-1255", "CP1255", ["cp1255", "windows-1255", "x-cp1255"]),
        ("windows-1256", "CP1256", ["cp1256", "windows-1256", "x-cp1256"]),
        ("windows-1257", "CP1257", ["cp1257", "windows-1257", "x-cp1257"]),
        ("windows-1258", "CP1258", ["cp1258", "windows-1258", "x-cp1258"]),
        ("x-mac-cyrillic", "MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"]),
        ("gbk", "GBK", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]),
        ("gb18030", "GB18030", ["gb18030"]),
        ("big5", "BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("euc-jp", "EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        ("iso-2022-jp", "ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"]),
        ("shift_jis", "CP932", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        ("euc-kr", "CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
                             "windows-949"]),
    ]

    /// Labels outside the WHATWG list that feeds and Python's codecs use: Latin-1 spelt otherwise, Mac code pages.
    static let aliases: [String: String] = [
        "latin-1": "windows-1252", "iso-latin-1": "windows-1252", "8859": "windows-1252", "cp-1252": "windows-1252",
        "mac-roman": "macintosh", "macroman": "macintosh", "mac-cyrillic": "x-mac-cyrillic", "maccyrillic": "x-mac-cyrillic",
    ]

    private static let byLabel: [String: (name: String, iconv: String)] = {
        var map: [String: (name: String, iconv: String)] = [:]
        for encoding in whatwg {
            for label in encoding.labels { map[label] = (encoding.name, encoding.iconv) }
        }
        return map
    }()

    /// iconv names of Python's codecs that glibc spells otherwise.
    private static let iconvNames: [String: String] = [
        "mac-latin2": "MAC-CENTRALEUROPE", "maclatin2": "MAC-CENTRALEUROPE", "mac-centeuro": "MAC-CENTRALEUROPE",
        "ebcdic-cp-us": "IBM037", "ebcdic-cp-be": "IBM500", "ebcdic-cp-ch": "IBM500",
        "ptcp154": "PT154", "kz1048": "RK1048", "kz-1048": "RK1048", "strk1048-2002": "RK1048", "utf-7": "UTF-7", "u7": "UTF-7",
        "shift-jis-2004": "SHIFT_JISX0213", "shift-jisx0213": "SHIFT_JISX0213", "euc-jis-2004": "EUC-JISX0213",
        "euc-jisx0213": "EUC-JISX0213", "koi8-t": "KOI8-T", "cp65001": "UTF-8", "iso-2022-jp-1": "ISO-2022-JP-2",
        "iso-2022-jp-2004": "ISO-2022-JP-3",
        "cp-is": "CP861", "cp-gr": "CP869", "roman8": "HP-ROMAN8", "hp-roman8": "HP-ROMAN8", "r8": "HP-ROMAN8",
    ]

    /// The encoding a label names (case, spaces and quotes aside), nil when neither WHATWG nor iconv knows it.
    static func named(_ label: String) -> (name: String, iconv: String)? {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        guard !trimmed.isEmpty, trimmed.count <= 40,
              trimmed.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._:-".unicodeScalars.contains($0)) })
        else { return nil }
        let dashed = trimmed.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: "iso2022-", with: "iso-2022-")
        for candidate in [trimmed, dashed, aliases[trimmed], aliases[dashed]].compactMap({ $0 }) {
            if let known = byLabel[candidate] { return known }
        }
        if let underscored = byLabel[trimmed.replacingOccurrences(of: "-", with: "_")] { return underscored }
        if let table = singleByte.first(where: { $0.value.labels.contains(dashed) }) { return (table.key, table.key) }
        var names: [String] = []
        let number = dashed.drop(while: { !$0.isNumber })
        let prefix = dashed.prefix(while: { !$0.isNumber })
        if !number.isEmpty, number.allSatisfy({ $0.isNumber }), ["", "cp", "cp-", "ibm", "ibm-", "csibm", "ms", "windows-", "dos-"].contains(prefix) {
            names += ["CP\(number)", "IBM\(number)"]
        }
        names += [iconvNames[dashed], dashed.uppercased(), trimmed.uppercased()].compactMap { $0 }
        if dashed.hasPrefix("x-") { names.append(String(dashed.dropFirst(2)).uppercased()) }
        if dashed.hasPrefix("mac"), !dashed.hasPrefix("mac-") { names.append("MAC-" + dashed.dropFirst(3).uppercased()) }
        // Locale-dependent names, and the wide encodings `resolve` alone decides (by the width of the bytes).
        let forbidden: Set<String> = ["CHAR", "WCHAR_T", "INTERNAL"]
        let widePrefixes = ["UCS", "UTF-16", "UTF16", "UTF-32", "UTF32", "UNICODE"]
        for name in names where !forbidden.contains(name) && !widePrefixes.contains(where: { name.hasPrefix($0) }) {
            if canConvert(from: name) { return (name.lowercased(), name) }
        }
        return nil
    }

    /// Whether glibc's iconv converts from `name` to UTF-8.
    static func canConvert(from name: String) -> Bool {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return false }
        iconv_close(converter)
        return true
    }
}
