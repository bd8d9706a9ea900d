import ArgumentParser
import Foundation
import PlanetBuild
import PlanetConsole
import PlanetCore
import PlanetFiles
import PlanetLoad
import PlanetMail
import PlanetParse
import PlanetRender

/// `planet letter`: records the weekly letter of a week in the site (`letters/<week>.yaml`, which `planet build`
/// publishes) and writes its e-mail; `--send` sends it once.
public struct LetterCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write the weekly letter: a page, an entry of the letters' feed, and an e-mail.",
        discussion: """
            The letter of an ISO week, in the site's language and time zone: the week's posts by member, the \
            liveliest conversations, the new members and the week's hashtags. Without --week, the last complete \
            week in the site's time zone (the only time planet letter reads the clock).

            It records the letter in letters/<week>.yaml (commit it: `planet build` publishes the letter at \
            /letters/<year>-<week>/, or /lettres/ on a French site, with an index and an Atom feed) and writes \
            the e-mail, MIME multipart/alternative, to .planet/letters/<week>.eml (or --mail-file). A week in \
            which nothing was published gives no letter, and says so.

            With --send and the intake's --spool, the letter is sent through `mail:` of planet.yaml, and nothing \
            is written in the site (on the intake's host, a clone that must stay clean to pull): to the \
            mailing list `letter.list` (one message), or else to each confirmed subscriber of the intake's \
            /letter/subscribe, with a one-click unsubscribe link. A week is sent at most once (a record in the \
            spool), so a timer may run it daily; a failed run is retried by running it again, without sending \
            twice to anyone.

            Examples:
              planet letter
              planet letter sample-site --week 2024-W10
              planet letter --week 2026-W49 --mail-file /tmp/letter.eml
              planet letter --send --spool /var/lib/intake
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    @Option(help: ArgumentHelp("The ISO week (default: the last complete week).", valueName: "YYYY-Www"))
    var week: String?

    @Option(name: .customLong("mail-file"), help: "Where to write the e-mail (default: .planet/letters/<week>.eml in the site).")
    var mailFile: String?

    @Flag(help: "Send the letter: to `letter.list` of planet.yaml, or else to the intake's subscribers; once a week.")
    var send = false

    @Option(help: "The spool folder of `planet intake`: its subscribers, and the record of what was sent.", completion: .directory)
    var spool: String?

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        if let week, LetterWeek(week) == nil {
            throw ValidationError("--week `\(week)` is not an ISO week such as 2026-W49")
        }
        if send, spool == nil { throw ValidationError("--send needs --spool: the intake's spool folder keeps what was sent") }
        if spool != nil, !send { throw ValidationError("--spool goes with --send") }
    }

    public func run() throws {
        let console = outputOptions.console
        let folder = siteArgument.path
        let (input, loadDiagnostics): (SiteInput, [Diagnostic])
        do {
            (input, loadDiagnostics) = try SiteSource.load(folder: folder)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        guard let config = ConfigParser.parse(input.config).0 else {
            let (_, prepareDiagnostics) = LetterBuild.prepare(input, loadDiagnostics: loadDiagnostics, now: Date())
            for diagnostic in prepareDiagnostics { console.error(diagnostic.rendered) }
            throw ExitCode(1)
        }
        let now = Date()
        let chosen = week.flatMap(LetterWeek.init) ?? LetterWeek.lastComplete(before: now, in: config.timeZone)
        let (prepared, diagnostics) = LetterBuild.prepare(
            LetterBuild.recording(chosen, in: input, timeZone: config.timeZone), loadDiagnostics: loadDiagnostics, now: now)
        for diagnostic in diagnostics where diagnostic.severity == .error {
            console.error(diagnostic.rendered)
        }
        guard let prepared else { throw ExitCode(1) }
        guard prepared.site.letters.contains(where: { $0.week == chosen }) else {
            console.info("No letter for \(chosen): nothing was published or commented that week.")
            return
        }
        let letter: RenderedLetter
        switch prepared.renderer.renderedLetter(chosen) {
        case .success(let rendered)?: letter = rendered
        case .failure(let diagnostic)?:
            console.error(diagnostic.rendered)
            throw ExitCode(1)
        case nil: throw ExitCode(1)
        }
        guard case .success(let mail)? = prepared.renderer.letterMail(chosen, unsubscribeURL: "") else { throw ExitCode(1) }
        let host = config.host.isEmpty ? "localhost" : config.host

        let recordPath = (folder as NSString).appendingPathComponent(LetterRecord.path(of: chosen))
        do {
            // Sending writes nothing in the site: on the intake's host it is a clone that must stay clean to pull.
            if !send, !FileManager.default.fileExists(atPath: recordPath) {
                try FileManager.default.createDirectory(
                    atPath: (recordPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try DurableFile.write(Data(LetterBuild.recordText(chosen, timeZone: config.timeZone).utf8), to: recordPath)
            }
            let from = config.mail.map { MailAddress($0.from, name: $0.fromName ?? config.title) }
                ?? MailAddress("letter@\(host)", name: config.title)
            let message = LetterMail.message(
                letter, html: mail.html, text: mail.text, from: from, to: config.letterList ?? from.address, unsubscribeURL: nil, host: host)
            if !send || mailFile != nil {
                let mailPath = mailFile ?? (folder as NSString).appendingPathComponent(".planet/letters/\(chosen).eml")
                try FileManager.default.createDirectory(atPath: (mailPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try DurableFile.write(Data(try message.rendered()), to: mailPath)
                console.info("The letter of \(chosen): \(LetterRecord.path(of: chosen)) (run `planet build` to publish \(letter.path)); its e-mail: \(mailPath)")
            }
            if send, let spool {
                try deliver(letter, listMessage: message, renderer: prepared.renderer, config: config, from: from, host: host, spool: spool,
                            console: console)
            }
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Sends the letter once: `listMessage` to the mailing list, or to each confirmed subscriber a message with their
    /// unsubscribe link.
    func deliver(
        _ letter: RenderedLetter, listMessage: MailMessage, renderer: SiteRenderer, config: SiteConfig, from: MailAddress, host: String,
        spool folder: String, console: Console
    ) throws {
        guard let sender = try MailSettings(config.mail).sender() else {
            throw MailFailure.misconfigured("planet.yaml has no `mail:`: planet sends no mail")
        }
        let spool = try Spool(folder: folder)
        let delivery = LetterDelivery(spool: spool, week: letter.week)
        if delivery.isDone {
            console.info("The letter of \(letter.week) was sent already: nothing to send.")
            return
        }
        var items: [LetterDelivery.Item] = []
        if config.letterList != nil {
            items.append(LetterDelivery.Item(record: "list", message: listMessage))
        } else {
            guard let intake = config.comments.intake else {
                throw MailFailure.misconfigured("no `letter.list` and no `comments.intake` in planet.yaml: the letter has no one to go to")
            }
            let subscribers = LetterSubscribers(spool: spool)
            for subscriber in subscribers.all(now: Date()) where subscriber.confirmed {
                let unsubscribe = "\(intake)/letter/unsubscribe?s=\(subscriber.id)&t=\(subscribers.token("unsubscribe", for: subscriber.id))"
                guard case .success(let mail)? = renderer.letterMail(letter.week, unsubscribeURL: unsubscribe) else { throw ExitCode(1) }
                items.append(LetterDelivery.Item(record: subscriber.id, message: LetterMail.message(
                    letter, html: mail.html, text: mail.text, from: from, to: subscriber.address, unsubscribeURL: unsubscribe, host: host)))
            }
        }
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<Int, any Error> = .success(0)
        Task {
            do { outcome = .success(try await delivery.send(items, through: sender)) } catch { outcome = .failure(error) }
            finished.signal()
        }
        finished.wait()
        let sent = try outcome.get()
        console.info("The letter of \(letter.week) is sent: \(sent) message\(sent == 1 ? "" : "s") now, \(items.count - sent) before.")
    }
}
