import PlanetCore
import PlanetLoad

/// The site being served, replaced after each good rebuild, with what the next rebuild reuses: the
/// input fingerprints of the served files, the build cache and the input index.
actor PreviewState {
    private(set) var site = ServedSite()
    private(set) var fingerprints: [String: UInt64] = [:]
    private(set) var cache = BuildCache()
    /// Replaced after every build, good or not: it tells which files' bytes are known, whatever the build made of them.
    private(set) var index = InputIndex()
    /// Whether the load that made `index` listed the folders without a problem: then the next one lists only the
    /// paths the watcher names.
    private(set) var walkedCleanly = false

    func replace(with site: ServedSite, fingerprints: [String: UInt64], cache: BuildCache) {
        self.site = site
        self.fingerprints = fingerprints
        self.cache = cache
    }

    func replace(index: InputIndex, walkedCleanly: Bool) {
        self.index = index
        self.walkedCleanly = walkedCleanly
    }
}
