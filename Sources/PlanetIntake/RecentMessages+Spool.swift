import Foundation
import PlanetFiles

extension RecentMessages {
    /// The comments waiting in `spool`, each at the time its file was written: a comment accepted before a crash
    /// (whose answer the reader may not have received) is recognized when it is sent again after the restart.
    /// Mentions and unreadable files are left out; what is older than `window` at `now` is forgotten.
    public static func received(in spool: Spool, now: Date, window: TimeInterval) -> RecentMessages {
        var recent = RecentMessages()
        for comment in spool.pending() {
            let path = "\(spool.folder)/\(comment.path)"
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
                  let written = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(written) < window
            else { continue }
            let text = String(decoding: data, as: UTF8.self)
            guard let fields = CommentFileEdit.fields(of: text), !fields.contains(where: { $0.key == "kind" && $0.value != "comment" }),
                  let body = CommentFileEdit.body(of: text)
            else { continue }
            // Every date is within the window of `now`, so no insertion forgets another.
            recent.insert(hash(body.trimmingCharacters(in: .whitespacesAndNewlines)), now: written, window: window)
        }
        return recent
    }
}
