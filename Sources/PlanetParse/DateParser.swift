import Foundation

/// Reads the dates people write in front matter:
/// `2012-10-03`, `2012-10-03 09:15`, `2012-10-03T09:15:30`, each optionally followed by
/// `Z` or an offset (`+02:00`, `+0200`, `+02`). A date without an offset is read in the site's time zone.
public enum DateParser {
    public enum Failure: Error, Equatable, Sendable {
        case malformed
        case impossible(String)

        public var message: String {
            switch self {
            case .malformed:
                "a date is written `2012-10-03`, `2012-10-03 09:15` or `2012-10-03T09:15:00+02:00`"
            case .impossible(let reason):
                reason
            }
        }
    }

    public static func parse(_ text: String, timeZone: TimeZone) -> Result<Date, Failure> {
        var scanner = ByteScanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
        guard let year = scanner.number(digits: 4), scanner.consume(UInt8(ascii: "-")),
              let month = scanner.number(digits: 2), scanner.consume(UInt8(ascii: "-")),
              let day = scanner.number(digits: 2) else { return .failure(.malformed) }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset: Int?
        if !scanner.atEnd {
            guard scanner.consume(UInt8(ascii: "T")) || scanner.consume(UInt8(ascii: "t")) || scanner.consumeSpaces(),
                  let h = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ":")),
                  let m = scanner.number(digits: 2) else { return .failure(.malformed) }
            hour = h
            minute = m
            if scanner.consume(UInt8(ascii: ":")) {
                guard let s = scanner.number(digits: 2) else { return .failure(.malformed) }
                second = s
                if scanner.consume(UInt8(ascii: ".")) || scanner.consume(UInt8(ascii: ",")) {
                    guard let digits = scanner.digits(), !digits.isEmpty else { return .failure(.malformed) }
                    fraction = Double("0." + digits) ?? 0
                }
            }
            _ = scanner.consumeSpaces()
            if scanner.consume(UInt8(ascii: "Z")) || scanner.consume(UInt8(ascii: "z")) {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let offsetHours = scanner.number(digits: 2) else { return .failure(.malformed) }
                var offsetMinutes = 0
                if scanner.consume(UInt8(ascii: ":")) {
                    guard let m = scanner.number(digits: 2) else { return .failure(.malformed) }
                    offsetMinutes = m
                } else if let m = scanner.number(digits: 2) {
                    offsetMinutes = m
                }
                guard offsetHours <= 14, offsetMinutes < 60 else {
                    return .failure(.impossible("the offset must be between -14:00 and +14:00"))
                }
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
            guard scanner.atEnd else { return .failure(.malformed) }
        }
        guard (1...12).contains(month) else { return .failure(.impossible("there is no month \(month)")) }
        let monthLength = daysIn(month: month, year: year)
        guard (1...monthLength).contains(day) else {
            return .failure(.impossible("day \(day) does not exist: month \(month) of \(year) has \(monthLength) days"))
        }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(.impossible("the time must be between 00:00:00 and 23:59:59"))
        }
        let localSeconds = Double(daysFromCivil(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + second) + fraction
        if let offset {
            return .success(Date(timeIntervalSince1970: localSeconds - Double(offset)))
        }
        let guess = Date(timeIntervalSince1970: localSeconds)
        let firstOffset = timeZone.secondsFromGMT(for: guess)
        let candidate = Date(timeIntervalSince1970: localSeconds - Double(firstOffset))
        let secondOffset = timeZone.secondsFromGMT(for: candidate)
        return .success(Date(timeIntervalSince1970: localSeconds - Double(secondOffset)))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII bytes, for the date grammar.
private struct ByteScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func consumeSpaces() -> Bool {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position > start
    }

    mutating func number(digits count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += count
        return value
    }

    mutating func digits() -> String? {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func sign() -> Int? {
        if consume(UInt8(ascii: "+")) { return 1 }
        if consume(UInt8(ascii: "-")) { return -1 }
        return nil
    }
}
