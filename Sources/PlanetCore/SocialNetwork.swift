/// A network whose conversations `planet fetch` brings home as replies (`kind: reply` comment files).
public enum SocialNetwork: String, Sendable, Hashable, CaseIterable, Codable {
    case mastodon
    case bluesky

    /// The network's name as readers know it.
    public var displayName: String {
        switch self {
        case .mastodon: "Mastodon"
        case .bluesky: "Bluesky"
        }
    }
}
