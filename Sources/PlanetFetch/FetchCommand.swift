import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet fetch`: brings the members' outside blogs into the feed cache (`.planet/feeds/`), which
/// `planet build` reads offline, and the public replies to their posts on Mastodon and Bluesky as pending comments.
public struct FetchCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the members' outside feeds into the feed cache (.planet/feeds/), and their replies elsewhere.",
        discussion: """
            Every feed listed under `feeds:` in an author.yaml is fetched over http or https, in parallel, with a \
            conditional GET, a timeout, a size limit and at most 5 redirects. Entries and their images go into \
            SITE/.planet/feeds/, which may be committed. A failed feed keeps its last good copy. The table at the end \
            lists every feed: status, entries, new entries, time. The exit status is 0 even when feeds failed, \
            1 when the site cannot be read, 2 for a usage error.

            The threads named under `discussion:` in posts, and those found in the members' accounts (`fediverse:`, \
            `bluesky:` in author.yaml), are read too: each public reply becomes a pending comment file (`kind: reply`) \
            for a moderator; people who refuse indexing are never republished (see docs/conversations.md).

            Examples:
              planet fetch
              planet fetch sample-site --only claire-martin
              planet fetch --timeout 10 --jobs 8
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: "Fetch only this member's feeds.")
    var only: String?

    @Option(help: "Seconds allowed for each request.")
    var timeout: Double = 20

    @Option(help: "Feeds fetched at once.")
    var jobs: Int = 4

    @Option(help: .hidden)
    var blueskyAppview: String = DiscussionRun.defaultAppView

    /// Tests' fake servers listen on the loopback address: only this flag, never a site's files, lets planet fetch
    /// from private, loopback and link-local addresses (see docs/contributing.md).
    @Flag(name: .customLong("allow-private-addresses"), help: .hidden)
    var allowPrivateAddresses = false

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
    }

    public func run() throws {
        let console = outputOptions.console
        let input: SiteInput
        do {
            (input, _) = try SiteLoader.load(folder: site)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(2)
        }
        let (config, configDiagnostics) = ConfigParser.parse(input.config)
        var diagnostics = configDiagnostics
        var feeds: [(authorID: String, subscription: FeedSubscription)] = []
        var posts: [(target: DiscussionRun.Target, url: String, file: SourceFile)] = []
        var members: [DiscussionRun.Member] = []
        for folder in input.authors where only == nil || folder.id == only {
            let (author, authorDiagnostics) = AuthorParser.parse(folder)
            diagnostics += authorDiagnostics
            for subscription in author?.feeds ?? [] { feeds.append((folder.id, subscription)) }
            guard let config else { continue }
            let authorPosts = Self.targets(folder, config: config, diagnostics: &diagnostics)
            posts += authorPosts
            if let author, author.fediverse != nil || author.bluesky != nil {
                members.append(DiscussionRun.Member(
                    authorID: folder.id, fediverse: author.fediverse, bluesky: author.bluesky,
                    posts: Dictionary(authorPosts.map { ($0.target.slug, $0.url) }) { first, _ in first }))
            }
        }
        console.report(diagnostics)
        guard config != nil, !diagnostics.hasErrors else {
            console.error("error: nothing was fetched: the site's files have errors")
            throw ExitCode(1)
        }
        if let only, !input.authors.contains(where: { $0.id == only }) {
            console.error("error: no member `\(only)` in authors/")
            throw ExitCode(2)
        }
        guard !feeds.isEmpty || !members.isEmpty || posts.contains(where: { !$0.target.discussions.isEmpty }) else {
            console.info("No outside feed to fetch: list them under `feeds:` in authors/<id>/author.yaml"
                + " (and discussions under `discussion:` in posts, or `fediverse:` and `bluesky:` in author.yaml).")
            return
        }
        guard let root = SiteLoader.resolvedRoot(of: site) else { throw ExitCode(2) }
        let client = HTTPClient(limits: FetchLimits(timeout: timeout), addressPolicy: AddressPolicy(allowPrivateAddresses: allowPrivateAddresses))
        let cache = FeedCacheFolder(site: URL(fileURLWithPath: root))
        let discussions = DiscussionRun(client: client, appView: blueskyAppview)
        let profiles = Dictionary(input.authors.map { ($0.id, $0.profile) }) { first, _ in first }
        var refusals: [Diagnostic] = []
        for outcome in discussions.discover(members, cache: cache) {
            if let reason = RefusedHosts.reason(outcome.failure) {
                let member = members.first { $0.authorID == outcome.authorID }
                let account = outcome.network == .bluesky ? member?.bluesky : member?.fediverse?.handle
                refusals.append(RefusedHosts.warning(
                    "\(outcome.network.displayName) account `\(account ?? "")`", reason: reason, in: profiles[outcome.authorID] ?? nil,
                    fallback: "authors/\(outcome.authorID)/author.yaml",
                    looking: [account ?? "", outcome.network == .bluesky ? "bluesky:" : "fediverse:"]))
            } else if let failure = outcome.failure {
                console.error("warning: \(outcome.network.displayName) account of \(outcome.authorID): \(failure.summary); discussions found earlier stay")
            } else {
                console.info("\(outcome.authorID): \(outcome.found) of their \(outcome.network.displayName) posts link to their posts here")
            }
        }
        let discussionOutcomes = discussions.run(posts.map(\.target), site: URL(fileURLWithPath: root), cache: cache, jobs: jobs)
        if !discussionOutcomes.isEmpty {
            console.info(DiscussionReport.table(discussionOutcomes))
            for outcome in discussionOutcomes {
                let post = posts.first { "/\($0.target.authorID)/\($0.target.slug)/" == outcome.postPath }
                let named = post?.target.discussions.contains(outcome.discussion) ?? false
                let refused = { (what: String, reason: String) in
                    RefusedHosts.warning(
                        what, reason: reason, in: named ? post?.file : profiles[post?.target.authorID ?? ""] ?? nil,
                        fallback: post?.file.path ?? "", looking: named ? [outcome.discussion.url] : ["fediverse:", "bluesky:"])
                }
                refusals += outcome.refusedAvatars.map { refused("avatars of the replies to `\(outcome.discussion.url)`", $0) }
                if let reason = RefusedHosts.reason(outcome.failure) {
                    refusals.append(refused("discussion `\(outcome.discussion.url)`", reason))
                } else if let failure = outcome.failure {
                    console.error("warning: \(outcome.discussion.url) (\(outcome.postPath)): \(failure.summary); its replies stay as they were")
                }
            }
            console.info(DiscussionReport.summary(discussionOutcomes))
        }
        guard !feeds.isEmpty else {
            Self.report(refusals, console: console)
            return
        }
        let outcomes = FetchRun.run(
            feeds: feeds, cache: FeedCacheFolder(site: URL(fileURLWithPath: root)), fetcher: FeedFetcher(client: client, now: Date()),
            jobs: jobs)
        console.info(FetchReport.table(outcomes))
        for outcome in outcomes {
            refusals += outcome.refusedImages.map { reason in
                RefusedHosts.warning(
                    "images of feed `\(outcome.subscription.url)`", reason: reason, in: profiles[outcome.authorID] ?? nil,
                    fallback: "authors/\(outcome.authorID)/author.yaml", looking: [outcome.subscription.url])
            }
        }
        for outcome in outcomes where outcome.failed {
            if case .failed(let failure) = outcome.status, let reason = RefusedHosts.reason(failure) {
                refusals.append(RefusedHosts.warning(
                    "feed `\(outcome.subscription.url)`", reason: reason, in: profiles[outcome.authorID] ?? nil,
                    fallback: "authors/\(outcome.authorID)/author.yaml", looking: [outcome.subscription.url]))
            } else {
                console.error("warning: \(outcome.subscription.url) (\(outcome.authorID)): \(outcome.status.label); its last good copy stays in use")
            }
        }
        console.info(FetchReport.summary(outcomes))
        Self.report(refusals, console: console)
    }

    /// The located warnings of the requests refused for their hosts' addresses, and their count.
    static func report(_ refusals: [Diagnostic], console: Console) {
        guard !refusals.isEmpty else { return }
        console.report(refusals)
        console.info("\(refusals.count) refusal\(refusals.count == 1 ? "" : "s"): hosts with private, loopback or link-local addresses are never fetched")
    }
}
