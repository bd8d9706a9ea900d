import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad

/// The one place where `serve` builds the site, for the first time and after every change: in memory,
/// for the local address, reusing the previous good build's cache and skipping its unchanged files.
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

    func run(previousFingerprints: [String: UInt64], cache: BuildCache) -> Outcome {
        let input: SiteInput
        let loadDiagnostics: [Diagnostic]
        do {
            (input, loadDiagnostics) = try SiteSource.load(folder: folder)
        } catch {
            return .failed([.error("\(error)", at: SourceLocation(path: folder))])
        }
        let result = BuildPipeline.run(
            input, loadDiagnostics: loadDiagnostics,
            options: .init(includeDrafts: drafts, now: Date(), baseURL: baseURL, previousFingerprints: previousFingerprints, buildCache: cache))
        return result.succeeded ? .built(result) : .failed(result.diagnostics)
    }
}
