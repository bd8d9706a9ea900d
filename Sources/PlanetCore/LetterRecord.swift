/// A letter recorded in the repository by `planet letter`: `letters/<week>.yaml`, which `planet build` renders.
public struct LetterRecord: Sendable, Hashable {
    public var week: LetterWeek
    /// `letters/2026-W49.yaml`.
    public var sourcePath: String

    public init(week: LetterWeek, sourcePath: String) {
        self.week = week
        self.sourcePath = sourcePath
    }

    /// Where the letter of `week` is recorded, relative to the site.
    public static func path(of week: LetterWeek) -> String {
        "letters/\(week).yaml"
    }
}
