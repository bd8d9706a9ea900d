import Foundation

/// An ISO 8601 week (`2026-W49`): the week of a weekly letter, from Monday 00:00 to the next Monday 00:00 in the
/// site's time zone.
public struct LetterWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year (the year of the week's Thursday).
    public var year: Int
    /// 1 to 52 or 53.
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// `2026-W49` (also `2026-w49`); nil for anything else, or for a week the year does not have (`2026-W53`).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "W") || bytes[5] == UInt8(ascii: "w"),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), bytes[0..<4].allSatisfy({ (48...57).contains($0) }),
              bytes[6...].allSatisfy({ (48...57).contains($0) }), let week = Int(String(decoding: bytes[6...], as: UTF8.self)),
              year >= 1900, week >= 1, week <= Self.weeks(in: year) else { return nil }
        self.init(year: year, week: week)
    }

    /// `2026-W49`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    /// `2026-49`: the letter's address segment (`/letters/2026-49/`).
    public var pathSegment: String { "\(year)-\(week < 10 ? "0" : "")\(week)" }

    public static func < (lhs: LetterWeek, rhs: LetterWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// The ISO calendar in `timeZone`.
    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }

    /// 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53.
    static func weeks(in year: Int) -> Int {
        let calendar = calendar(.gmt)
        guard let december = calendar.date(from: DateComponents(year: year, month: 12, day: 28)) else { return 52 }
        return calendar.component(.weekOfYear, from: december)
    }

    /// The week's Monday 00:00 and the next Monday 00:00 in `timeZone`: the week holds `start <= date < end`.
    public func interval(in timeZone: TimeZone) -> (start: Date, end: Date) {
        let calendar = Self.calendar(timeZone)
        let start = calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year)) ?? Date(timeIntervalSince1970: 0)
        let end = calendar.date(byAdding: .day, value: 7, to: start) ?? start
        return (start, end)
    }

    /// The week that holds `date` in `timeZone`.
    public static func containing(_ date: Date, in timeZone: TimeZone) -> LetterWeek {
        let parts = calendar(timeZone).dateComponents([.weekOfYear, .yearForWeekOfYear], from: date)
        return LetterWeek(year: parts.yearForWeekOfYear ?? 1970, week: parts.weekOfYear ?? 1)
    }

    /// The last week that has ended at `date` in `timeZone`: the week before the one holding `date`.
    public static func lastComplete(before date: Date, in timeZone: TimeZone) -> LetterWeek {
        let start = containing(date, in: timeZone).interval(in: timeZone).start
        return containing(start.addingTimeInterval(-3600), in: timeZone)
    }
}
