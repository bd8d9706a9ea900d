import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet intake moderator add ID`: adds a moderator, or gives one a new sign-in link; prints their links.
struct ModeratorAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a moderator (or renew their links) and print their one-time sign-in link and private feed.",
        discussion: """
            The sign-in link works once, within 24 hours, and opens a session of 14 days in the browser that \
            uses it. Running `add` again for the same moderator prints a new sign-in link and a new feed address \
            (the old feed stops working) and keeps their sessions. The links are shown only here: send the \
            sign-in link to the moderator privately. The intake's address comes from the site folder's planet.yaml \
            (comments.intake), unless --url gives it.

            Examples:
              planet intake moderator add claire --spool /var/lib/intake
              planet intake moderator add alice /srv/site --member alice --spool /srv/spool
              planet intake moderator add claire --spool spool --url http://127.0.0.1:8081
            """
    )

    @Argument(help: "The moderator's id: lowercase letters, digits, - and _ (such as claire).")
    var id: String

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: "Only the comments on this member's posts (authors/<member>/).")
    var member: String?

    @Option(help: ArgumentHelp(
        "Mail a digest of what waits to this address, at most every --digest-minutes of the service (with mail: in planet.yaml).",
        valueName: "address"))
    var email: String?

    @Option(help: "The spool folder of the running `planet intake`.", completion: .directory)
    var spool: String

    @Option(help: ArgumentHelp("The intake's address, instead of planet.yaml's comments.intake.", valueName: "url"))
    var url: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard Moderator.isPlainID(id) else { throw ValidationError("the id is lowercase letters, digits, - and _, such as claire") }
        if let member, !Moderator.isPlainID(member) { throw ValidationError("--member is a member's id, such as alice") }
        if let url, !ConfigParser.isAbsoluteHTTPURL(url) { throw ValidationError("--url must be an absolute http(s) URL") }
        if let email, !MailAddressRule.isPlausible(email) { throw ValidationError("--email must be an address such as claire@example.org") }
    }

    func run() throws {
        let origin = try intakeAddress()
        let invitation = try ModeratorStore(spoolFolder: spool).invite(id, member: member, email: email, now: Date())
        print("""
            \(id) moderates \(member.map { "the comments on \($0)'s posts" } ?? "every comment").
            One-time sign-in link (within 24 hours; send it privately):
              \(origin)/moderate/sign-in/\(invitation.code)
            Private feed of the pending comments (keep it private):
              \(origin)/moderate/feed/\(invitation.feedSecret)
            """)
    }

    /// `--url`, else `comments.intake` from the site's planet.yaml, without a trailing slash.
    private func intakeAddress() throws -> String {
        var address = url
        if address == nil {
            let config = try SiteLoader.load(folder: site).0.config
            address = ConfigParser.parse(config).0?.comments.intake
        }
        guard var address else {
            throw ValidationError("\(site)/planet.yaml has no comments.intake: give the intake's address with --url")
        }
        while address.hasSuffix("/") { address.removeLast() }
        return address
    }
}
