import Foundation
import PlanetCore

/// Dates as the site's readers read them: in its language and time zone ("3 octobre 2012").
public struct DateDisplay: Sendable {
    private let dateStyle: Date.FormatStyle
    private let dateTimeStyle: Date.FormatStyle
    private let isFrench: Bool
    private let calendar: Calendar

    public init(language: String, timeZone: TimeZone) {
        let locale = Locale(identifier: language)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        dateStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: timeZone)
        dateTimeStyle = Date.FormatStyle(date: .long, time: .shortened, locale: locale, calendar: calendar, timeZone: timeZone)
        isFrench = Typography.isFrench(language)
    }

    /// "3 octobre 2012"; in French the first day of a month is "1er".
    public func date(_ date: Date) -> String {
        firstOfMonth(date.formatted(dateStyle), date: date)
    }

    /// "3 octobre 2012 à 09:15".
    public func dateTime(_ date: Date) -> String {
        firstOfMonth(date.formatted(dateTimeStyle), date: date)
    }

    private func firstOfMonth(_ text: String, date: Date) -> String {
        guard isFrench, calendar.component(.day, from: date) == 1, text.hasPrefix("1 ") else { return text }
        return "1er" + text.dropFirst(1)
    }
}
