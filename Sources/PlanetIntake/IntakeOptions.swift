import Foundation

/// How a `planet intake` runs, once its command line is read.
struct IntakeOptions: Sendable {
    enum Delivery: String, Sendable, CaseIterable {
        /// Approved comments are committed to the remote's main (or requested, `ApprovedTo.request`).
        case git
        /// Approved comments are written into the site folder's `comments/`.
        case directory
        /// Every pending comment is pushed on a branch of its own, before any moderator read it: its text is on
        /// the forge at once. For private repositories only.
        case pendingBranches = "pending-branches"
    }

    /// Where `--deliver git` puts an approved comment.
    enum ApprovedTo: String, Sendable, CaseIterable {
        /// A commit on the main branch.
        case main
        /// A branch of its own and, with `--forge`, a pull request that says who approved it (a protected main).
        case request
    }

    var siteFolder: String
    var host: String
    var port: UInt16
    var spoolFolder: String
    var delivery: Delivery
    var approvedTo: ApprovedTo = .main
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
    /// Minutes between two digests of pending comments mailed to one moderator.
    var digestInterval: TimeInterval = 15 * 60
    /// Webmention sources may be fetched from private, loopback and link-local addresses (for tests only).
    var allowPrivateSources: Bool
    /// One log line per request (`--quiet` leaves them out, keeping the service's events and failures).
    var logsRequests = true
}
