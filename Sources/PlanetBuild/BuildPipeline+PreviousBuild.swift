import PlanetCore
import PlanetLoad

extension BuildPipeline {
    /// Builds the site up to its files with what the previous build left (its cache and fingerprints, and
    /// this executable's identity), and saves the new build cache in `siteRoot`. The plan comes without the
    /// cache, whose memory is freed before the pages are rendered.
    public static func plan(
        _ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options, previous: PreviousBuild, siteRoot: String
    ) -> Plan {
        let (cache, fingerprints) = previous.take()
        var options = options
        options.previousFingerprints = fingerprints
        options.toolIdentity = ToolIdentity.current
        options.buildCache = cache
        var result = plan(input, loadDiagnostics: loadDiagnostics, options: options)
        BuildCacheStore.save(result.buildCache, replacing: cache, siteRoot: siteRoot)
        result.buildCache = BuildCache()
        return result
    }
}
