import Foundation

/// A weekly letter as the render stage wrote it, for the feed of letters and the e-mail: its title and its
/// content (HTML with absolute links, and plain text).
public struct RenderedLetter: Sendable, Hashable {
    public var week: LetterWeek
    /// The letter's page, a site path (`/letters/2026-49/`).
    public var path: String
    public var title: String
    /// The e-mail's subject.
    public var subject: String
    /// The letter's content without the page around it: sanitized values in the theme's `partials/letter-content`.
    public var contentHTML: String
    public var text: String
    /// The end of the week: the letter's date in the feed and the e-mail.
    public var date: Date

    public init(week: LetterWeek, path: String, title: String, subject: String, contentHTML: String, text: String, date: Date) {
        self.week = week
        self.path = path
        self.title = title
        self.subject = subject
        self.contentHTML = contentHTML
        self.text = text
        self.date = date
    }
}
