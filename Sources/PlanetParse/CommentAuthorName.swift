/// The rule for the name a comment shows, one for every place that reads or writes one: the build's comment parser
/// refuses a file whose `author` breaks it, and `planet intake`, `planet comment new`, `planet import` and the
/// webmention spool check it before they write a file, so that nothing they write fails the build.
public enum CommentAuthorName {
    public enum Problem: Sendable, Hashable {
        /// Nothing a reader can see and tell apart: no letter or digit that shows (spaces, zero-width
        /// characters, Hangul fillers, marks, punctuation and symbols alone).
        case noVisibleLetterOrDigit
        /// More Unicode scalars than `maximumScalars`.
        case tooManyScalars(maximum: Int)
        /// A character carrying more combining marks than `maximumMarksPerCharacter` ("Zalgo" text).
        case tooManyMarks(maximum: Int)
    }

    /// Scalars a name may hold: five for each of the 80 characters the comment form allows, room for any
    /// script's clusters and emoji sequences.
    public static let maximumScalars = 400
    /// Combining marks one character may carry: real scripts stack a few (Vietnamese, Hebrew points, Tibetan).
    public static let maximumMarksPerCharacter = 8

    /// Why `name` cannot be a comment's name; nil when it can.
    public static func problem(of name: String) -> Problem? {
        if name.unicodeScalars.count > maximumScalars { return .tooManyScalars(maximum: maximumScalars) }
        for character in name {
            let marks = character.unicodeScalars.count { scalar in
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: true
                default: false
                }
            }
            if marks > maximumMarksPerCharacter { return .tooManyMarks(maximum: maximumMarksPerCharacter) }
        }
        guard name.unicodeScalars.contains(where: isVisibleLetterOrDigit) else { return .noVisibleLetterOrDigit }
        return nil
    }

    /// A letter or a number that is drawn: not one of the default-ignorable scalars (such as U+3164 HANGUL FILLER,
    /// a letter by its category that shows nothing).
    static func isVisibleLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.properties.isDefaultIgnorableCodePoint else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
             .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The problem in words, for the build's diagnostics and the command line.
    public static func describe(_ problem: Problem) -> String {
        switch problem {
        case .noVisibleLetterOrDigit: "the name needs a visible letter or digit"
        case .tooManyScalars(let maximum): "the name is too long: at most \(maximum) Unicode code points"
        case .tooManyMarks(let maximum): "the name stacks more than \(maximum) combining marks on one character"
        }
    }
}
