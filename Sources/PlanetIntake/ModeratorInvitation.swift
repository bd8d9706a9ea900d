/// The secrets `ModeratorStore.invite` made for a moderator, shown once (by `planet intake moderator add`) and
/// never stored.
public struct ModeratorInvitation: Sendable, Hashable {
    /// The one-time sign-in code (`/moderate/sign-in/<code>`).
    public var code: String
    /// The private feed's secret (`/moderate/feed/<secret>`).
    public var feedSecret: String
}
