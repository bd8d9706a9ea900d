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
    /// input index (files whose stamp did not change are not read again). Returns the new index too.
    func run(previousFingerprints: [String: UInt64], cache: BuildCache, index: InputIndex) -> (Outcome, InputIndex) {
        let loaded: SiteLoader.Loaded
        do {
            loaded = try SiteSource.load(folder: folder, index: index)
        } catch {
            return (.failed([.error("\(error)", at: SourceLocation(path: folder))]), index)
        }
        let result = BuildPipeline.run(
            loaded.input, loadDiagnostics: loaded.diagnostics,
            options: .init(
                includeDrafts: drafts, now: Date(), baseURL: baseURL, intakeURL: intakeURL, previousFingerprints: previousFingerprints,
                buildCache: cache))
        return (result.succeeded ? .built(result) : .failed(result.diagnostics), loaded.index)
    }
}
