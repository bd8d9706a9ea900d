import Foundation
import PlanetCore

extension SiteWriter {
    /// Renders `plan` a batch at a time into the spare tree, which then holds the new site, and swaps
    /// it with the published one unless no file differs from it. Files are never changed in place:
    /// the two trees share the inodes of unchanged files.
    static func update(_ plan: OutputPlan, state: OutputState, journal: ManifestJournal, siteRoot: String) throws(SiteWriterError) -> WriteReport {
        try run(OutputUpdate.Scope.complete, state: state, journal: journal) { (update: inout OutputUpdate) throws(SiteWriterError) in
            try plan.forEachBatch { (batch: [OutputFile]) throws(SiteWriterError) in try update.write(batch, siteRoot: siteRoot) }
            if !update.ledger.rejections.isEmpty { throw .rejected(update.ledger.rejections.sorted()) }
            try update.finish(siteRoot: siteRoot)
            let (_, written, removed) = try update.publish()
            return WriteReport(written: written, removed: removed, pages: update.ledger.pages, feeds: update.ledger.feeds)
        }
    }

    /// Changes the site published at `output` by the files of `changed` (rendered a batch at a time) and the
    /// removal of the files at `removed`, leaving every other file as it is: the way for a build that knows what
    /// changed (`publishedStamp` names the site it knew). Only those files, and those the spare tree lacks since
    /// the last write, are compared and written; the journal gets the changes alone. A path both changed and
    /// removed is written. The report counts the pages and feeds of the whole site.
    ///
    /// Returns nil, writing nothing, when the site at `output` is not the one published with the stamp `published`
    /// (another build wrote there, or it is gone): then only `write(_:siteRoot:to:)` with every file will do.
    @discardableResult
    public static func apply(
        _ changed: OutputPlan, removed: [String], siteRoot: String, to output: String, published: UInt64
    ) throws(SiteWriterError) -> WriteReport? {
        let (state, root) = try prepare(output: output, siteRoot: siteRoot)
        for path in removed where !isSafeRelativePath(path) { throw .unsafePath(path) }
        guard state.liveStamp() == published, let journal = state.journal() else { return nil }
        return try run(.changes(removed: Set(removed)), state: state, journal: journal) { (update: inout OutputUpdate) throws(SiteWriterError) in
            try changed.forEachBatch { (batch: [OutputFile]) throws(SiteWriterError) in try update.write(batch, siteRoot: root) }
            if !update.ledger.rejections.isEmpty { throw .rejected(update.ledger.rejections.sorted()) }
            try update.finish(siteRoot: root)
            let (manifest, written, removed) = try update.publish()
            return WriteReport(
                written: written, removed: removed, pages: manifest.entries.keys.count(where: OutputFile.isPage),
                feeds: manifest.entries.keys.count(where: OutputFile.isFeed))
        }
    }

    /// Runs `body` on an update of the spare tree; when it fails after changing the spare, the spare is removed
    /// (the journal already says it cannot be trusted).
    private static func run(
        _ scope: OutputUpdate.Scope, state: OutputState, journal: ManifestJournal,
        _ body: (inout OutputUpdate) throws(SiteWriterError) -> WriteReport
    ) throws(SiteWriterError) -> WriteReport {
        var update: OutputUpdate
        do {
            update = try OutputUpdate(state: state, journal: journal, scope: scope)
        } catch {
            try? FileManager.default.removeItem(atPath: state.spare)
            throw error
        }
        do {
            return try body(&update)
        } catch {
            if update.touchedSpare { try? FileManager.default.removeItem(atPath: state.spare) }
            throw error
        }
    }
}
