import Foundation
import PlanetCore
import PlanetLoad

/// The build cache on disk: `.planet/cache/build-<nn>.bin` in the site folder (git-ignored), split in
/// `shardCount` files by key, so that a build that changes a few entries rewrites a few small files;
/// beside it, the input index (`inputs.bin`) and the record of the last build (`last-build.bin`).
/// A missing, damaged or foreign file is no cache; one that cannot be saved only makes the next build slower.
enum BuildCacheStore {
    static let shardCount = 64

    static func folder(siteRoot: String) -> String { siteRoot + "/.planet/cache" }

    static func shardPath(_ shard: Int, siteRoot: String) -> String {
        folder(siteRoot: siteRoot) + "/build-" + (shard < 16 ? "0" : "") + String(shard, radix: 16) + ".bin"
    }

    static func shard(of key: UInt64) -> Int { Int(key >> 58) }

    static func load(siteRoot: String) -> BuildCache {
        let shards = Array(0..<shardCount).parallelMap { shard -> BuildCache? in
            FileManager.default.contents(atPath: shardPath(shard, siteRoot: siteRoot)).flatMap(BuildCache.init(decoding:))
        }
        var cache = BuildCache()
        cache.entries.reserveCapacity(shards.reduce(0) { $0 + ($1?.entries.count ?? 0) })
        for case let part? in shards { cache.entries.merge(part.entries) { first, _ in first } }
        return cache
    }

    /// Saves the shards of `cache` whose keys differ from `previous`'s, each encoded just before it is
    /// written, so that only a shard or two is held encoded at a time. Entries are addressed by the
    /// fingerprint of what made them, so the same key always holds the same value.
    static func save(_ cache: BuildCache, replacing previous: BuildCache, siteRoot: String) {
        var changed = Set<Int>()
        for key in cache.entries.keys where previous.entries[key] == nil { changed.insert(shard(of: key)) }
        for key in previous.entries.keys where cache.entries[key] == nil { changed.insert(shard(of: key)) }
        guard !changed.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: folder(siteRoot: siteRoot), withIntermediateDirectories: true)
        var shards: [Int: [UInt64: BuildCache.Entry]] = [:]
        for (key, entry) in cache.entries where changed.contains(shard(of: key)) { shards[shard(of: key), default: [:]][key] = entry }
        let grouped = shards
        _ = changed.sorted().parallelMap { shard in
            writeAtomically(BuildCache(entries: grouped[shard] ?? [:]).encoded, to: shardPath(shard, siteRoot: siteRoot), siteRoot: siteRoot)
        }
    }
}

extension BuildCacheStore {
    static func indexPath(siteRoot: String) -> String { folder(siteRoot: siteRoot) + "/inputs.bin" }

    /// The input index of the previous build; empty (every file is read) when missing or damaged.
    static func loadIndex(siteRoot: String) -> InputIndex {
        FileManager.default.contents(atPath: indexPath(siteRoot: siteRoot)).flatMap(InputIndex.init(decoding:)) ?? InputIndex()
    }

    static func saveIndex(_ index: InputIndex, siteRoot: String) {
        writeAtomically(index.encoded, to: indexPath(siteRoot: siteRoot), siteRoot: siteRoot)
    }

    /// Writes a temporary file and renames it into place; a file that cannot be saved is removed, which
    /// only makes the next build slower.
    static func writeAtomically(_ data: Data, to target: String, siteRoot: String) {
        try? FileManager.default.createDirectory(atPath: folder(siteRoot: siteRoot), withIntermediateDirectories: true)
        let temporary = target + ".\(getpid()).tmp"
        if (try? data.write(to: URL(fileURLWithPath: temporary))) == nil || rename(temporary, target) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            try? FileManager.default.removeItem(atPath: target)
        }
    }
}
