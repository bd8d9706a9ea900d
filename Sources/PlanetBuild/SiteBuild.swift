import Foundation
import PlanetCore
import PlanetLoad
import PlanetWrite

/// `planet build` without its console: loads the site reading only the files that changed since the
/// previous build (the input index), does nothing when nothing changed (same input, tool and options,
/// and the output as the previous build left it), and otherwise plans the build with the build cache
/// and writes what changed. Tests run it in-process: it is exactly what the command runs.
public enum SiteBuild {
    public enum Outcome: Sendable {
        /// Nothing changed since the last build into this output, which was left as it is.
        case upToDate(Summary)
        /// The site was built and written.
        case built(Summary, WriteReport, BuildPipeline.Plan)
        /// Content errors (or files written to the same path): nothing was written. Sorted.
        case failed([Diagnostic])
    }

    /// What a build reports; the same for a build that had nothing to do.
    public struct Summary: Sendable, Equatable {
        /// Sorted; warnings only (with `keepGoing`, the errors of skipped files, demoted).
        public var diagnostics: [Diagnostic]
        /// Pages, redirect pages apart.
        public var pages: Int
        /// Redirect pages: an old address (`aliases:`) each.
        public var redirects: Int
        public var feeds: Int
        public var posts: Int
        public var authors: Int
        /// The input files whose bytes were read, by path (the others were unchanged since the previous build).
        public var readPaths: [String]
    }

    public enum Failure: Error, Sendable {
        /// The site folder cannot be read at all.
        case load(SiteLoaderError)
        /// The output could not be written; `diagnostics` are the build's.
        case write(SiteWriterError, diagnostics: [Diagnostic])
    }

    /// Builds the site at `folder` into `output`; `step` is told when loading, building and rendering begin.
    public static func run(
        folder: String, output: String, options: BuildPipeline.Options, step: (String) -> Void = { _ in }
    ) throws(Failure) -> Outcome {
        step("loading")
        let siteRoot = SiteLoader.resolvedRoot(of: folder) ?? folder
        let record = BuildRecord.load(siteRoot: siteRoot)
        // Without a record the build surely runs: the cache is read on another core while the site loads.
        // With one, only once the record does not match, so that a build with nothing to do does not share the cores.
        let earlyPrevious = record == nil ? PreviousBuild(siteRoot: siteRoot, outputFolder: output) : nil
        let previousIndex = BuildCacheStore.loadIndex(siteRoot: siteRoot)
        let loaded: SiteLoader.Loaded
        do {
            loaded = try SiteSource.load(folder: folder, index: previousIndex)
        } catch {
            throw .load(error)
        }
        // Saved when a file changed or was read again (a racy one is no longer racy with the new listing's time).
        if !loaded.readPaths.isEmpty || loaded.index.entries != previousIndex.entries {
            BuildCacheStore.saveIndex(loaded.index, siteRoot: siteRoot)
        }
        let state = Self.state(of: loaded, options: options, output: output)
        if let record, record.state == state, record.published == SiteWriter.publishedStamp(output: output),
           record.validUntil.map({ options.now < $0 }) ?? true {
            return .upToDate(Summary(
                diagnostics: record.diagnostics, pages: record.pages, redirects: record.redirects, feeds: record.feeds, posts: record.posts,
                authors: record.authors, readPaths: loaded.readPaths))
        }

        step("building")
        BuildRecord.remove(siteRoot: siteRoot)
        let plan = BuildPipeline.plan(
            loaded.input, loadDiagnostics: loaded.diagnostics, options: options,
            previous: earlyPrevious ?? PreviousBuild(siteRoot: siteRoot, outputFolder: output), siteRoot: siteRoot)
        guard plan.succeeded || (options.keepGoing && plan.site != nil), let site = plan.site else {
            return .failed(plan.diagnostics)
        }
        step("rendering")
        let report: WriteReport
        do {
            report = try SiteWriter.write(plan.output, siteRoot: siteRoot, to: output)
        } catch SiteWriterError.rejected(let rejections) {
            return .failed((plan.diagnostics + rejections).sorted())
        } catch {
            throw .write(error, diagnostics: plan.diagnostics)
        }
        let summary = Summary(
            diagnostics: plan.diagnostics, pages: report.pages - site.redirects.count, redirects: site.redirects.count, feeds: report.feeds, posts: site.posts.count,
            authors: site.authors.count, readPaths: loaded.readPaths)
        if let published = SiteWriter.publishedStamp(output: output) {
            BuildRecord(
                state: state, published: published, validUntil: plan.nextPublication, diagnostics: summary.diagnostics,
                pages: summary.pages, redirects: summary.redirects, feeds: summary.feeds, posts: summary.posts, authors: summary.authors
            ).save(siteRoot: siteRoot)
        }
        return .built(summary, report, plan)
    }

    /// Everything a build's result depends on but the clock: the input's bytes (through the index), what
    /// the load reported, the posts' commit dates, this executable, the options and the output folder.
    static func state(of loaded: SiteLoader.Loaded, options: BuildPipeline.Options, output: String) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(loaded.index.state)
        fingerprint.combine(loaded.diagnostics.count)
        for diagnostic in loaded.diagnostics { fingerprint.combine(diagnostic.rendered) }
        for folder in loaded.input.authors {
            for post in folder.posts { fingerprint.combine(post.lastCommitted.map { $0.timeIntervalSince1970.bitPattern } ?? 0) }
        }
        fingerprint.combine(ToolIdentity.current)
        fingerprint.combine(options.includeDrafts)
        fingerprint.combine(options.keepGoing)
        fingerprint.combine(options.baseURL ?? "")
        fingerprint.combine(URL(fileURLWithPath: output).standardizedFileURL.path)
        return fingerprint.value
    }
}
