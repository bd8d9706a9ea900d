/// The bounds `planet intake` holds submissions and clients to.
public struct IntakeLimits: Sendable, Hashable {
    /// A name's length in characters, after normalization.
    public var nameLength: ClosedRange<Int> = 1...80
    /// A message's length in characters, after normalization.
    public var messageLength: ClosedRange<Int> = 1...10_000
    /// Links (and images) a message may hold.
    public var maxLinks: Int = 5
    /// A request body's size in bytes.
    public var maxBodyBytes: Int = 64 * 1024
    /// Posts per address: a burst, refilled at `perAddressPerMinute`.
    public var perAddressBurst: Double = 5
    public var perAddressPerMinute: Double = 5
    /// Posts of all addresses together.
    public var globalBurst: Double = 60
    public var globalPerMinute: Double = 120
    /// How long the same message is refused.
    public var duplicateWindow: Double = 24 * 3600

    public init() {}
}
