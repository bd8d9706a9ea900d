import Foundation

/// The letter of one week (`letters/<week>.yaml`): what the community published between `start` and `end`, in
/// indices into the site's `posts`. Made by `WeeklyLetters.make`; empty weeks make none.
public struct WeeklyLetter: Sendable, Hashable {
    /// A member's posts of the week, oldest first.
    public struct MemberPosts: Sendable, Hashable {
        public var authorID: String
        public var postIndices: [Int]

        public init(authorID: String, postIndices: [Int]) {
            self.authorID = authorID
            self.postIndices = postIndices
        }
    }

    /// A post that people answered this week: its comments of the week and the members' posts of the week that
    /// link to it (community responses, newest first).
    public struct Conversation: Sendable, Hashable {
        public var postIndex: Int
        public var commentCount: Int
        public var responseIndices: [Int]

        public init(postIndex: Int, commentCount: Int, responseIndices: [Int]) {
            self.postIndex = postIndex
            self.commentCount = commentCount
            self.responseIndices = responseIndices
        }
    }

    /// A hashtag used this week, by its key in the site's hashtags, with its uses in posts and comments of the week.
    public struct HashtagUse: Sendable, Hashable {
        public var key: String
        public var count: Int

        public init(key: String, count: Int) {
            self.key = key
            self.count = count
        }
    }

    public var week: LetterWeek
    /// Monday 00:00 and the next Monday 00:00 in the site's time zone.
    public var start: Date
    public var end: Date
    /// Members with posts this week, by name.
    public var members: [MemberPosts]
    /// The liveliest conversations, most answered first (at most five).
    public var conversations: [Conversation]
    /// Members whose first post is of this week, by name.
    public var newMemberIDs: [String]
    /// Most used first, then by key.
    public var hashtags: [HashtagUse]
    /// The file that records the letter (`letters/2026-W49.yaml`).
    public var sourcePath: String

    public init(
        week: LetterWeek, start: Date, end: Date, members: [MemberPosts], conversations: [Conversation], newMemberIDs: [String],
        hashtags: [HashtagUse], sourcePath: String
    ) {
        self.week = week
        self.start = start
        self.end = end
        self.members = members
        self.conversations = conversations
        self.newMemberIDs = newMemberIDs
        self.hashtags = hashtags
        self.sourcePath = sourcePath
    }

    /// The letters' folder of the site, in its language: `lettres` for French sites, `letters` otherwise.
    public static func folder(language: String) -> String {
        Typography.isFrench(language) ? "lettres" : "letters"
    }

    /// The letter's page: `/lettres/2026-49/` or `/letters/2026-49/`.
    public func path(language: String) -> String {
        "/\(Self.folder(language: language))/\(week.pathSegment)/"
    }
}
