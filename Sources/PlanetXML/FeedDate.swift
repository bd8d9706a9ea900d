import Foundation

/// Reads the dates of feeds: W3DTF/RFC 3339 (Atom, `dc:date`) and RFC 822 (RSS `pubDate`), with their common broken
/// variants: a space or a lowercase `t` for `T`, no seconds, fractions, `+0200` or `+02` offsets, no offset (UTC),
/// a date alone, a month or a year alone (`2003-12`, `2003`); a missing or wrong weekday, two-digit years, full month
/// names, zone names (`EST`, `PT`, `CEST`...), `GMT-01:01`, `Etc/GMT`, asctime (`Sun Jan  4 16:29:06 2004`) and
/// `2006/09/15`, `03-12-31`, Google's `2003-012-31`. Impossible dates and times (`T25:14:55Z`, `1:2:3:4`) are nil, never moved to another day.
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let bytes = Array(trimmed.utf8)
        if let expanded = expandedBasicFormat(bytes) { return rfc3339(expanded) }
        if bytes.count >= 4, bytes.prefix(4).allSatisfy({ (48...57).contains($0) }), bytes.count == 4 || bytes[4] == UInt8(ascii: "-") {
            return rfc3339(trimmed)
        }
        return rfc822(trimmed)
    }

    /// ISO 8601's basic format (`20031231`, `20031231T101455Z`) in the extended one.
    private static func expandedBasicFormat(_ bytes: [UInt8]) -> String? {
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= bytes.count && bytes[range].allSatisfy { (48...57).contains($0) } }
        guard digits(0..<8), bytes.count == 8 || bytes[8] == UInt8(ascii: "T") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        var result = "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.dropFirst(6).prefix(2))"
        guard bytes.count > 8 else { return result }
        guard digits(9..<13) else { return nil }
        result += "T\(text.dropFirst(9).prefix(2)):\(text.dropFirst(11).prefix(2))"
        var rest = text.dropFirst(13)
        if digits(13..<15) {
            result += ":\(rest.prefix(2))"
            rest = rest.dropFirst(2)
        }
        return result + rest
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Offsets of zone names, in minutes: RFC 822's (military letters included), the US ones feeds write (`PT`,
    /// `ET`...) and Europe's.
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "met": 60, "cest": 120, "mest": 120, "eet": 120, "eest": 180,
        "adt": -180, "ast": -240, "at": -240, "edt": -240, "est": -300, "et": -300, "cdt": -300, "cst": -360, "ct": -360,
        "mdt": -360, "mst": -420, "mt": -420, "pdt": -420, "pst": -480, "pt": -480, "akdt": -480, "akst": -540, "hst": -600,
        "a": -60, "n": 60, "m": -720, "y": 720,
    ]

    static func rfc3339(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func consume(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4) else { return nil }
        guard index < bytes.count else { return make(year: year, month: 1, day: 1, hour: 0, minute: 0, second: 0, offsetMinutes: 0) }
        guard consume(UInt8(ascii: "-")) else { return nil }
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "0"), (48...57).contains(bytes[index + 2]) { index += 1 }
        guard let month = number(2) else { return nil }
        guard index < bytes.count else { return make(year: year, month: month, day: 1, hour: 0, minute: 0, second: 0, offsetMinutes: 0) }
        guard consume(UInt8(ascii: "-")), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset = 0
        if index < bytes.count, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) {
            index += 1
            guard let h = number(2), consume(UInt8(ascii: ":")), let m = number(2) else { return nil }
            (hour, minute) = (h, m)
            if consume(UInt8(ascii: ":")) {
                guard let s = number(2) else { return nil }
                second = s
                if consume(UInt8(ascii: ".")) || consume(UInt8(ascii: ",")) {
                    while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
                }
            }
            while consume(UInt8(ascii: " ")) {}
            if index < bytes.count {
                let rest = String(decoding: bytes[index...], as: UTF8.self)
                guard let parsed = zoneOffset(rest) else { return nil }
                offset = parsed
                index = bytes.count
            }
        }
        guard index == bytes.count else { return nil }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    static func rfc822(_ text: String) -> Date? {
        let withoutComment = text.replacingOccurrences(of: "\\([^)]*\\)", with: " ", options: .regularExpression)
        var tokens = withoutComment.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = tokens.first, first.first?.isLetter == true, month(first) == nil {
            tokens.removeFirst()
        }
        if let first = tokens.first, first.count > 3, first.contains("-") || first.contains("/") {
            let parts = first.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
            guard parts.count == 3 else { return nil }
            let yearFirst = parts[0].count == 4 || (parts[0].count == 2 && parts[2].count == 2 && parts[1].allSatisfy(\.isNumber))
            tokens = (yearFirst ? [parts[2], parts[1], parts[0]] : parts) + tokens.dropFirst()
        }
        guard tokens.count >= 3 else { return nil }
        let monthFirst = month(tokens[0]) != nil
        let (dayToken, monthToken) = monthFirst ? (tokens[1], tokens[0]) : (tokens[0], tokens[1])
        guard dayToken.count <= 2, let day = Int(dayToken), let month = month(monthToken) ?? Int(monthToken) else { return nil }
        var rest = Array(tokens.dropFirst(2))
        guard let yearIndex = rest.firstIndex(where: { ($0.count == 2 || $0.count == 4) && $0.allSatisfy(\.isNumber) }),
              monthFirst || yearIndex == 0, var year = Int(rest[yearIndex]) else { return nil }
        if rest[yearIndex].count == 2 { year += year < 50 ? 2000 : 1900 }
        rest.remove(at: yearIndex)
        var hour = 0, minute = 0, second = 0
        var offset = 0
        if let time = rest.first {
            let parts = time.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }) else { return nil }
            hour = Int(parts[0])!
            minute = Int(parts[1])!
            if parts.count == 3 { second = Int(parts[2])! }
            if rest.count >= 2 {
                guard let parsed = zoneOffset(rest[1...].joined()) else { return nil }
                offset = parsed
            }
        }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    /// The month a name (`jan`, `January`) gives, 1 to 12.
    private static func month(_ token: String) -> Int? {
        guard token.count >= 3, token.allSatisfy(\.isLetter) else { return nil }
        return months.firstIndex(where: { token.hasPrefix($0) }).map { $0 + 1 }
    }

    /// `Z`, `+02:00`, `+0200`, `+02`, `GMT`, `EST`, `GMT-01:01`, `Etc/GMT`, `Etc/GMT+5` (five hours west, as POSIX
    /// counts), in minutes east of UTC.
    static func zoneOffset(_ text: String) -> Int? {
        var lowered = text.lowercased()
        if let named = zones[lowered] { return named }
        if lowered.hasPrefix("etc/") {
            lowered.removeFirst(4)
            if let named = zones[lowered] { return named }
            for prefix in ["gmt", "utc"] where lowered.hasPrefix(prefix) {
                let hours = lowered.dropFirst(3)
                guard let sign = hours.first, sign == "+" || sign == "-", let value = Int(hours.dropFirst()), value <= 14 else { return nil }
                return (sign == "+" ? -60 : 60) * value
            }
            return nil
        }
        for prefix in ["gmt", "utc", "ut"] where lowered.hasPrefix(prefix) && lowered.count > prefix.count {
            let rest = lowered.dropFirst(prefix.count)
            if rest.first == "+" || rest.first == "-" { lowered = String(rest) }
            break
        }
        guard let sign = lowered.first, sign == "+" || sign == "-" else { return nil }
        let digits = lowered.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isNumber), (1...4).contains(digits.count) else { return nil }
        let hourDigits = digits.count == 3 ? 1 : min(2, digits.count)
        guard let hours = Int(digits.prefix(hourDigits)), let minutes = Int(digits.dropFirst(hourDigits).isEmpty ? "0" : String(digits.dropFirst(hourDigits))),
              hours < 24, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }

    static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              (1900...9999).contains(year) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date.addingTimeInterval(TimeInterval(-offsetMinutes * 60))
    }
}
