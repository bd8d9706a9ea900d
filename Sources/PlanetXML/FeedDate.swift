import Foundation

/// Reads the dates of feeds: RFC 3339 (Atom, `dc:date`) and RFC 822 (RSS `pubDate`), with their common broken
/// variants: a space or a lowercase `t` for `T`, no seconds, fractions, `+0200` or `+02` offsets, no offset (UTC),
/// a date alone; a missing or wrong weekday, two-digit years, full month names, zone names (`EST`, `CEST`...).
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let first = trimmed.unicodeScalars.first, CharacterSet.decimalDigits.contains(first), trimmed.count >= 10,
           trimmed.utf8.dropFirst(4).first == UInt8(ascii: "-") {
            return rfc3339(trimmed)
        }
        return rfc822(trimmed)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Offsets of zone names, in minutes.
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "met": 60, "cest": 120, "mest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
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
        guard let year = number(4), consume(UInt8(ascii: "-")), let month = number(2), consume(UInt8(ascii: "-")),
              let day = number(2) else { return nil }
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
        var tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = tokens.first, first.first?.isLetter == true, !months.contains(where: { first.hasPrefix($0) }) {
            tokens.removeFirst()
        }
        if tokens.count >= 3, tokens[0].count > 3, tokens[0].contains("-") {
            tokens = tokens[0].split(separator: "-").map(String.init) + tokens.dropFirst()
        }
        guard tokens.count >= 3 else { return nil }
        var dayToken = tokens[0], monthToken = tokens[1]
        if Int(dayToken) == nil, Int(monthToken) != nil { swap(&dayToken, &monthToken) }
        guard let day = Int(dayToken), let month = months.firstIndex(where: { monthToken.hasPrefix($0) }),
              var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0
        var offset = 0
        if tokens.count >= 4 {
            let parts = tokens[3].split(separator: ":").map { Int($0) }
            guard parts.count >= 2, parts.allSatisfy({ $0 != nil }) else { return nil }
            hour = parts[0]!
            minute = parts[1]!
            if parts.count >= 3 { second = parts[2]! }
            if tokens.count >= 5 {
                guard let parsed = zoneOffset(tokens[4...].joined()) else { return nil }
                offset = parsed
            }
        }
        return make(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    /// `Z`, `+02:00`, `+0200`, `+02`, `GMT`, `EST`..., in minutes east of UTC.
    static func zoneOffset(_ text: String) -> Int? {
        let lowered = text.lowercased()
        if let named = zones[lowered] { return named }
        guard let sign = lowered.first, sign == "+" || sign == "-" else { return nil }
        let digits = lowered.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isNumber), digits.count == 2 || digits.count == 4,
              let hours = Int(digits.prefix(2)), let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : String(digits.dropFirst(2))),
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
