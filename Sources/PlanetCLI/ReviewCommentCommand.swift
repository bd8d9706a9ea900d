import ArgumentParser
import Foundation
import PlanetConsole
import PlanetFiles
import PlanetLoad

/// `planet comment review [SITE] [--spool DIR] [--approve ID | --spam ID | --delete ID]`: lists the pending
/// comments of the repository and of a spool, or acts on one.
struct ReviewCommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the pending comments and mentions, or approve, mark as spam or delete one.",
        discussion: """
            Reads SITE/comments and, with --spool, the intake's spool folder (same layout). An ID is a \
            comment's file name without .md, <author>/<slug>/<id>, the start of one, or the file's path. \
            --approve removes `status` (a spooled comment moves to the spool's approved/, which `planet \
            intake` delivers), --spam sets `status: spam` (a spooled comment moves to the spool's spam/, \
            purged after 30 days), --delete removes the file.

            Examples:
              planet comment review --spool /var/spool/planet
              planet comment review --approve 2025-03-14T18-05-00-julie-r
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: ArgumentHelp("The intake's spool folder.", valueName: "dir"), completion: .directory)
    var spool: String?

    @Option(help: ArgumentHelp("Publish this comment.", valueName: "id"))
    var approve: String?

    @Option(help: ArgumentHelp("Mark this comment as spam.", valueName: "id"))
    var spam: String?

    @Option(help: ArgumentHelp("Delete this comment's file.", valueName: "id"))
    var delete: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if [approve, spam, delete].compactMap({ $0 }).count > 1 {
            throw ValidationError("give only one of --approve, --spam and --delete")
        }
    }

    func run() throws {
        let console = outputOptions.console
        guard let root = SiteLoader.resolvedRoot(of: site) else {
            console.error("error: \(site): no such folder")
            throw ExitCode(1)
        }
        if let spool, !FileManager.default.fileExists(atPath: spool) {
            console.error("error: \(spool): no such folder")
            throw ExitCode(1)
        }
        let review = CommentReview(siteRoot: root, spoolRoot: spool.map { SiteLoader.resolvedRoot(of: $0) ?? $0 })
        do {
            if let approve {
                let comment = try review.resolve(approve)
                let path = try review.approve(comment)
                print("approved \(comment.qualifiedID): \(path)")
            } else if let spam {
                let comment = try review.resolve(spam)
                try review.markSpam(comment)
                print("marked as spam \(comment.qualifiedID): \(comment.path)")
            } else if let delete {
                let comment = try review.resolve(delete)
                try review.delete(comment)
                print("deleted \(comment.qualifiedID): \(comment.path)")
            } else {
                list(review, console: console)
            }
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
    }

    private func list(_ review: CommentReview, console: Console) {
        let (comments, unreadable) = review.comments()
        for problem in unreadable { console.error("warning: \(problem)") }
        let pending = comments.filter { $0.status == "pending" }
        for comment in pending {
            print(Self.describe(comment))
        }
        let inSpool = pending.filter { $0.place == .spool }.count
        switch pending.count {
        case 0: print("No pending comment.")
        case 1: print("1 pending comment" + (review.spoolRoot == nil ? "." : " (\(inSpool) in the spool)."))
        default: print("\(pending.count) pending comments" + (review.spoolRoot == nil ? "." : " (\(inSpool) in the spool)."))
        }
    }

    /// The comment as printed: its ID and place, its fields, its message indented; visitors' text with control
    /// characters and bidirectional overrides replaced, so that it cannot drive the terminal or hide text.
    static func describe(_ comment: ReviewedComment) -> String {
        var lines = ["\(comment.qualifiedID) (\(comment.place.rawValue))"]
        for field in comment.fields where field.key != "status" {
            lines.append("  \(field.key): \(displayable(field.value, keepingNewlines: false))")
        }
        lines.append("  file: \(comment.path)")
        let body = displayable(comment.body.trimmingCharacters(in: .whitespacesAndNewlines), keepingNewlines: true)
        lines += body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    static func displayable(_ text: String, keepingNewlines: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control where keepingNewlines && scalar == "\n": scalars.append(scalar)
            case .control: scalars.append("\u{FFFD}")
            case _ where (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                scalars.append("\u{FFFD}")  // bidirectional overrides and isolates
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
