/// What the moderators' store keeps of a secret (a sign-in code, a session token): its SHA-256, and when it expires.
public struct ModeratorSecret: Codable, Sendable, Hashable {
    /// `IntakeSecrets.digest` of the secret, never the secret itself.
    public var digest: String
    /// Seconds since 1970.
    public var expires: Int

    public init(digest: String, expires: Int) {
        self.digest = digest
        self.expires = expires
    }
}
