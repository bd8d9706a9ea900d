import Foundation
import PlanetCore

/// The writer's own folder beside the output (`.public.planet/` beside `public/`): the spare tree that
/// the next build brings up to date and swaps in, and the manifests of both trees.
struct OutputState {
    let output: String
    let folder: String

    init(output: String) {
        let url = URL(fileURLWithPath: output)
        self.output = output
        self.folder = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".planet"
    }

    var spare: String { folder + "/spare" }
    private var liveManifestPath: String { folder + "/live.manifest" }
    private var spareManifestPath: String { folder + "/spare.manifest" }

    /// The manifest of the published tree, nil unless it describes the folder now at `output`.
    func liveManifest() -> OutputManifest? {
        manifest(at: liveManifestPath, describing: output)
    }

    /// The identity of the published tree and the stamp of its manifest (size, times, inode), without
    /// reading it; nil when either is missing.
    func liveStamp() -> UInt64? {
        var status = stat()
        guard let identity = TreeIdentity.of(output), stat(liveManifestPath, &status) == 0 else { return nil }
        var fingerprint = Fingerprint()
        fingerprint.combine(identity.device)
        fingerprint.combine(identity.inode)
        fingerprint.combine(status: status)
        fingerprint.combine(Int(status.st_ctim.tv_sec))
        fingerprint.combine(Int(status.st_ctim.tv_nsec))
        return fingerprint.value
    }

    /// The manifest of the spare tree, nil unless it describes the folder now at `spare`.
    func spareManifest() -> OutputManifest? {
        manifest(at: spareManifestPath, describing: spare)
    }

    func saveLive(_ manifest: OutputManifest) { save(manifest, to: liveManifestPath) }

    func saveSpare(_ manifest: OutputManifest) { save(manifest, to: spareManifestPath) }

    /// Forgets what the spare tree holds, before it is changed: a build killed halfway leaves no
    /// manifest that lies.
    func forgetSpare() { unlink(spareManifestPath) }

    func forgetLive() { unlink(liveManifestPath) }

    private func manifest(at path: String, describing tree: String) -> OutputManifest? {
        guard let identity = TreeIdentity.of(tree), let data = FileManager.default.contents(atPath: path),
              let manifest = OutputManifest(decoding: data), manifest.tree == identity else { return nil }
        return manifest
    }

    /// Writes a temporary file and renames it into place; a manifest that cannot be saved is only a
    /// missed shortcut for the next build.
    private func save(_ manifest: OutputManifest, to path: String) {
        mkdir(folder, 0o755)
        let temporary = path + ".tmp"
        guard FileOutput.write(manifest.encoded, to: temporary) == nil, rename(temporary, path) == 0 else {
            unlink(temporary)
            unlink(path)
            return
        }
    }
}
