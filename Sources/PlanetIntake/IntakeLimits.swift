/// The bounds `planet intake` holds submissions, clients and its own git commands to.
public struct IntakeLimits: Sendable, Hashable {
    /// A name's length in characters, after normalization.
    public var nameLength: ClosedRange<Int> = 1...80
    /// A message's length in characters, after normalization.
    public var messageLength: ClosedRange<Int> = 1...10_000
    /// Links (and images) a message may hold.
    public var maxLinks: Int = 5
    /// A request body's size in bytes, sized from the promise that a message may hold `messageLength` characters.
    /// Percent-encoding writes each UTF-8 byte as three bytes, so a scalar of four UTF-8 bytes (an emoji, a rare
    /// ideograph) takes 12. A character may hold any number of scalars; the cap honours two of four bytes each
    /// (`encodedBytesPerCharacter`), which holds every character of one scalar (letters in NFC, CJK, most emoji),
    /// a line break sent as CRLF, a flag, an emoji with a skin tone, a letter with one combining mark. Only a
    /// message made mostly of longer clusters (family emoji, letters under several marks) can reach the cap before
    /// its limit in characters, and gets 413. The other fields (a name, a website, an answer, a `reply_to`, the
    /// field names) have `otherFieldsBytes`.
    public var maxBodyBytes: Int { messageLength.upperBound * Self.encodedBytesPerCharacter + Self.otherFieldsBytes }
    /// Two scalars of four UTF-8 bytes, percent-encoded.
    public static let encodedBytesPerCharacter = 2 * 4 * 3
    public static let otherFieldsBytes = 16 * 1024
    /// Posts per network, accepted or refused: a burst, refilled at `perAddressPerMinute`.
    public var perAddressBurst: Double = 5
    public var perAddressPerMinute: Double = 5
    /// Comments (and webmentions) accepted from everyone together.
    public var globalBurst: Double = 60
    public var globalPerMinute: Double = 120
    /// An IPv6 /32 is limited as one network once this many of its /48s were refused within `refusalMemory` seconds.
    public var refusedSlash48sForSlash32 = 4
    public var refusalMemory: Double = 600
    /// How long the same message is recognized as received already.
    public var duplicateWindow: Double = 24 * 3600
    /// Seconds a git command may run before it is killed, with the processes it started.
    public var gitTimeout: Double = 60
    /// Seconds between two pulls asked for by comments on posts the service does not know (yet).
    public var pullSpacing: Double = 10
    /// Seconds such a comment waits for the pull before it is answered with what is known.
    public var pullWait: Double = 20

    public init() {}
}
