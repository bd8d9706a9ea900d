import Foundation

/// How a `planet intake` runs, once its command line is read.
struct IntakeOptions: Sendable {
    enum Delivery: String, Sendable {
        case git
        case directory
    }

    var siteFolder: String
    var host: String
    var port: UInt16
    var spoolFolder: String
    var delivery: Delivery
    var remote: String
    var mainBranch: String
    var committerName: String
    var committerEmail: String
    var forge: ForgeRequests?
    var limits: IntakeLimits
    var schedule: RetrySchedule
    var refreshInterval: TimeInterval
    var trustProxy: Bool
    /// Slow clients: the longest wait for a client's bytes, and the longest a request takes to arrive.
    var idleTimeout: TimeInterval
    var connectionLifetime: TimeInterval
    /// Connections served at once.
    var maxConnections: Int
    /// A local run's replacements of `base_url` and `comments.intake`.
    var overrides = SiteOverrides()
    /// Webmention sources may be fetched from private, loopback and link-local addresses (for tests only).
    var allowPrivateSources: Bool
}
