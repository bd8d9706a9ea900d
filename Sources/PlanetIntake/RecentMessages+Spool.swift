import Foundation
import PlanetFiles

extension RecentMessages {
    /// The comments waiting in `spool`, each at the time its file was written: a comment accepted before a crash
    /// (whose answer the reader may not have received) is recognized when it is sent again after the restart.
    /// Mentions and unreadable files are left out; what is older than `window` at `now` is forgotten. The refused
    /// messages' fingerprints are added, so that a refused comment sent again is answered as received.
    public static func received(in spool: Spool, now: Date, window: TimeInterval) -> RecentMessages {
        var recent = RecentMessages(key: spool.messageKey)
        for refused in spool.refusedHashes(now: now, window: window) {
            recent.insert(refused.hash, now: refused.date, window: window)
        }
        for comment in spool.pending() {
            let path = "\(spool.folder)/\(comment.path)"
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
                  let written = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(written) < window
            else { continue }
            guard let hash = spool.messageHash(of: data) else { continue }
            // Every date is within the window of `now`, so no insertion forgets another.
            recent.insert(hash, now: written, window: window)
        }
        return recent
    }
}
