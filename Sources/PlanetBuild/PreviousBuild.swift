import Foundation
import PlanetCore
import PlanetWrite

/// What the previous build left: its build cache and the fingerprints of the files it published,
/// read on another core while the site itself is loaded.
public final class PreviousBuild: @unchecked Sendable {
    private let group = DispatchGroup()
    private var cache = BuildCache()
    private var fingerprints: [String: UInt64] = [:]

    public init(siteRoot: String, outputFolder: String) {
        DispatchQueue.global().async(group: group) { [self] in
            cache = BuildCacheStore.load(siteRoot: siteRoot)
            fingerprints = SiteWriter.previousFingerprints(output: outputFolder)
        }
    }

    /// Waits for the reading to end, and hands what was read over (this object keeps nothing).
    func take() -> (cache: BuildCache, fingerprints: [String: UInt64]) {
        group.wait()
        defer {
            cache = BuildCache()
            fingerprints = [:]
        }
        return (cache, fingerprints)
    }
}
