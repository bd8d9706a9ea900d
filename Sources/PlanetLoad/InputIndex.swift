import Foundation
import PlanetCore

/// What the loader knew of every input file at a build: its stamp and, for a file it read, the
/// fingerprint of its bytes. The next load reads only the files whose stamp differs, or that are "racy":
/// modified within `racyWindow` of when the index was taken, when a second edit of the same size could
/// have kept the same modification time (git's racy-index rule). Kept with the build cache.
public struct InputIndex: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var stamp: FileStamp
        /// `Fingerprint.of` the bytes, nil for a file the build never reads (a static file, copied as it is).
        public var digest: UInt64?
    }

    /// When the files were listed, nanoseconds since 1970 (the clock only decides what is racy).
    public var takenAt: Int64
    /// By path relative to the site.
    public var entries: [String: Entry]

    /// Files modified this close to `takenAt` (or after it) are read again, whatever their stamp.
    public static let racyWindow: Int64 = 2_000_000_000

    public init(takenAt: Int64 = 0, entries: [String: Entry] = [:]) {
        self.takenAt = takenAt
        self.entries = entries
    }

    /// The entry of `path` if its file is known to hold the same bytes: same stamp, a digest, not racy.
    func trusted(_ path: String, stamp: FileStamp) -> Entry? {
        guard let entry = entries[path], entry.digest != nil, entry.stamp == stamp,
              stamp.modified < takenAt - Self.racyWindow, stamp.changed < takenAt - Self.racyWindow else { return nil }
        return entry
    }

    /// One fingerprint of the whole input: every path with its digest (or, for a file never read, its
    /// stamp). Equal for two loads that saw the same files with the same bytes. The entries' own
    /// fingerprints are added up, so that no order is needed (sorting 43,000 paths was most of a
    /// rebuild with nothing to do).
    public var state: UInt64 {
        var sum: UInt64 = 0
        for (path, entry) in entries {
            var one = Fingerprint()
            one.combine(path)
            if let digest = entry.digest {
                one.combine(digest)
            } else {
                one.combine(entry.stamp.size)
                one.combine(Int(entry.stamp.modified))
                one.combine(entry.stamp.inode)
            }
            sum &+= one.value
        }
        var fingerprint = Fingerprint()
        fingerprint.combine(entries.count)
        fingerprint.combine(sum)
        return fingerprint.value
    }

    /// The wall clock in nanoseconds since 1970.
    static func clock() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
