import PlanetCore

/// The site being served, replaced after each good rebuild, with what the next rebuild reuses: the
/// input fingerprints of the served files and the build cache.
actor PreviewState {
    private(set) var site = ServedSite()
    private(set) var fingerprints: [String: UInt64] = [:]
    private(set) var cache = BuildCache()

    func replace(with site: ServedSite, fingerprints: [String: UInt64], cache: BuildCache) {
        self.site = site
        self.fingerprints = fingerprints
        self.cache = cache
    }
}
