import Foundation
import PlanetCore

/// The build cache on disk: `.planet/cache/build.bin` in the site folder (git-ignored). A missing,
/// damaged or foreign file is no cache; a cache that cannot be saved only makes the next build slower.
enum BuildCacheStore {
    static func path(siteRoot: String) -> String { siteRoot + "/.planet/cache/build.bin" }

    static func load(siteRoot: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: path(siteRoot: siteRoot)) else { return BuildCache() }
        return BuildCache(decoding: data) ?? BuildCache()
    }

    /// Saves `cache` unless it holds the same entries as `previous`.
    static func save(_ cache: BuildCache, replacing previous: BuildCache, siteRoot: String) {
        guard cache.entries.count != previous.entries.count || cache.entries.keys.contains(where: { previous.entries[$0] == nil }) else {
            return
        }
        let target = path(siteRoot: siteRoot)
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = target + ".\(getpid()).tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try cache.encoded.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, target) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
