import ArgumentParser
import Foundation
import PlanetBuild
import PlanetConsole
import PlanetCore
import PlanetFiles
import PlanetLoad
import PlanetMail
import PlanetParse

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

            Examples:
              planet letter
              planet letter sample-site --week 2024-W10
              planet letter --week 2026-W49 --mail-file /tmp/letter.eml
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    @Option(help: ArgumentHelp("The ISO week (default: the last complete week).", valueName: "YYYY-Www"))
    var week: String?

    @Option(name: .customLong("mail-file"), help: "Where to write the e-mail (default: .planet/letters/<week>.eml in the site).")
    var mailFile: String?

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        if let week, LetterWeek(week) == nil {
            throw ValidationError("--week `\(week)` is not an ISO week such as 2026-W49")
        }
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
        let (letters, renderDiagnostics) = prepared.renderer.renderedLetters()
        for diagnostic in renderDiagnostics { console.error(diagnostic.rendered) }
        guard let letter = letters.first(where: { $0.week == chosen }),
              case .success(let mail)? = prepared.renderer.letterMail(chosen, unsubscribeURL: "") else { throw ExitCode(1) }

        let recordPath = (folder as NSString).appendingPathComponent(LetterRecord.path(of: chosen))
        do {
            if !FileManager.default.fileExists(atPath: recordPath) {
                try FileManager.default.createDirectory(
                    atPath: (recordPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try DurableFile.write(Data(LetterBuild.recordText(chosen, timeZone: config.timeZone).utf8), to: recordPath)
            }
            let from = config.mail.map { MailAddress($0.from, name: $0.fromName ?? config.title) }
                ?? MailAddress("letter@\(config.host.isEmpty ? "localhost" : config.host)", name: config.title)
            let message = LetterMail.message(
                letter, html: mail.html, text: mail.text, from: from, to: config.letterList ?? from.address, unsubscribeURL: nil,
                host: config.host.isEmpty ? "localhost" : config.host)
            let mailPath = mailFile ?? (folder as NSString).appendingPathComponent(".planet/letters/\(chosen).eml")
            try FileManager.default.createDirectory(atPath: (mailPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try DurableFile.write(Data(try message.rendered()), to: mailPath)
            console.info("The letter of \(chosen): \(LetterRecord.path(of: chosen)) (run `planet build` to publish \(letter.path)); its e-mail: \(mailPath)")
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}
