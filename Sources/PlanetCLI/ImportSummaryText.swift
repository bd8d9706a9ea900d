import PlanetConsole
import PlanetImport

/// The summary `planet import` prints: what moved, what was left out, and what the old host must keep redirecting.
enum ImportSummaryText {
    static func lines(_ summary: ImportSummary, report: ImportWriter.Report, dryRun: Bool, force: Bool) -> [String] {
        let count = BuildSummary.count
        if summary.threadsMatched > 0 || !summary.unmatchedThreads.isEmpty {
            var lines = [
                "Threads: \(summary.threadsMatched) matched to a post, \(summary.unmatchedThreads.count) matched none",
                "Comments: \(summary.commentsPublished) published, \(summary.commentsPending) pending, \(summary.commentsSpam) spam"
                    + "; left out \(summary.commentsLeftOut) (deleted, or on no post)",
            ]
            let verb = dryRun ? "would write" : (report.differing.isEmpty || force ? "wrote" : "would write")
            lines.append("Files: \(verb) \(report.written.count), \(report.unchanged.count) unchanged")
            if !summary.unmatchedThreads.isEmpty {
                lines.append("Threads no post of the site answers (give the post an alias with that path, then import again):")
                lines += summary.unmatchedThreads.map { "  " + $0 }
            }
            return lines
        }
        var lines = [
            "Imported \(count(summary.posts, "post")), \(count(summary.pages, "page")), \(count(summary.drafts, "draft"))"
                + "; left out \(summary.leftOut) (private, trashed or other items)",
            "Comments: \(summary.commentsPublished) published, \(summary.commentsPending) pending, \(summary.commentsSpam) spam"
                + ", \(count(summary.mentions, "mention")); left out \(summary.commentsLeftOut)",
            "Aliases: \(summary.aliases); media: \(summary.mediaCopied) copied, \(summary.mediaLinked) left as links",
        ]
        let verb = dryRun ? "would write" : (report.differing.isEmpty || force ? "wrote" : "would write")
        lines.append("Files: \(verb) \(report.written.count), \(report.unchanged.count) unchanged")
        if !summary.oldHost.isEmpty {
            lines.append("The old blog lived on \(summary.oldHost): once its domain points at this site, the aliases keep its links;"
                         + " until then, it must redirect each of its paths to the same path here.")
        }
        if !summary.oldHostRedirects.isEmpty {
            lines.append("Redirects the old host must keep (a static site cannot serve them):")
            lines += summary.oldHostRedirects.map { "  " + $0 }
        }
        return lines
    }
}
