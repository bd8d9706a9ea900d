import Foundation
import PlanetCore

/// The writer's own folder beside the output (`.public.planet/` beside `public/`): the spare tree that
/// the next build brings up to date and swaps in, and the journal of the manifest of both trees.
struct OutputState {
    let output: String
    let folder: String

    init(output: String) {
        let url = URL(fileURLWithPath: output)
        self.output = output
        self.folder = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".planet"
    }

    var spare: String { folder + "/spare" }
    var journalPath: String { folder + "/manifest.journal" }

    /// The journal, nil unless its manifest describes the folder now at `output`. A spare tree other than
    /// the one it names (gone, or made again) is not trusted.
    func journal() -> ManifestJournal? {
        guard let identity = TreeIdentity.of(output), var journal = ManifestJournal.load(path: journalPath),
              journal.manifest.tree == identity else { return nil }
        if let spare = journal.manifest.spare, TreeIdentity.of(self.spare) != spare { journal.distrustSpare() }
        return journal
    }

    /// The identity of the published tree and the stamp of the journal (size, times, inode), without
    /// reading it; nil when either is missing. Every write that changes the manifest changes it.
    func liveStamp() -> UInt64? {
        var status = stat()
        guard let identity = TreeIdentity.of(output), stat(journalPath, &status) == 0 else { return nil }
        var fingerprint = Fingerprint()
        fingerprint.combine(identity.device)
        fingerprint.combine(identity.inode)
        fingerprint.combine(status: status)
        fingerprint.combine(Int(status.st_ctim.tv_sec))
        fingerprint.combine(Int(status.st_ctim.tv_nsec))
        return fingerprint.value
    }

    /// Starts a journal holding `manifest` alone; without one the next build writes every file.
    func startJournal(_ manifest: OutputManifest) {
        mkdir(folder, 0o755)
        for former in ["live.manifest", "spare.manifest"] { unlink(folder + "/" + former) }
        _ = ManifestJournal.create(path: journalPath, manifest: manifest)
    }

    /// Forgets both trees: the next build writes every file.
    func forgetJournal() { unlink(journalPath) }
}
