import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad

/// The one place where `serve` builds the site, for the first time and after every change: in memory,
/// for the local address, reading only the files that changed, reusing the previous good build's cache
/// and skipping its unchanged files.
struct PreviewBuild: Sendable {
    enum Outcome: Sendable {
        case built(BuildPipeline.Result)
        /// Content errors (or a folder that cannot be read): the previous good site stays served.
        case failed([Diagnostic])
    }

    let folder: String
    let drafts: Bool
    /// `http://127.0.0.1:8080`: links and feeds point to the preview server.
    let baseURL: String
    /// The local intake's address with `serve --intake`, replacing `comments.intake`.
    var intakeURL: String?

    /// Builds with what the previous builds left: the served files' fingerprints, the build cache and the
    /// input index (files whose stamp did not change are not read again). With `changed`, the paths the watcher saw
    /// change since the load that made `index`, only those are listed and `stat`ed. Returns the new load's index, and
    /// whether its listing was clean (so that the next build may list only what changed).
    func run(
        previousFingerprints: [String: UInt64], cache: BuildCache, index: InputIndex, changed: [String]? = nil
    ) -> (Outcome, InputIndex, walkedCleanly: Bool) {
        let loaded: SiteLoader.Loaded
        do {
            loaded = try SiteSource.load(folder: folder, index: index, changed: changed)
        } catch {
            return (.failed([.error("\(error)", at: SourceLocation(path: folder))]), index, false)
        }
        let result = BuildPipeline.run(
            loaded.input, loadDiagnostics: loaded.diagnostics,
            options: .init(
                includeDrafts: drafts, now: Date(), baseURL: baseURL, intakeURL: intakeURL, previousFingerprints: previousFingerprints,
                buildCache: cache))
        return (result.succeeded ? .built(result) : .failed(result.diagnostics), loaded.index, loaded.walkedCleanly)
    }
}
