import Foundation
import PlanetCore

/// What the writer knows of the two trees it keeps: each published file's content hash and the
/// fingerprint of the inputs that made it, and the spare tree, described by where it differs from the
/// published one. Kept beside the output as a journal (`ManifestJournal`); the next build reads it to
/// skip unchanged work.
public struct OutputManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// `Fingerprint` of the file's inputs; 0 when the build could not tell.
        public var fingerprint: UInt64
        /// `Fingerprint` of the file's bytes (of the source's path and status, for copied files).
        public var contentHash: UInt64
    }

    /// The published tree.
    var tree: TreeIdentity
    /// The published files, by path.
    public var entries: [String: Entry]
    /// The spare tree; nil when there is none to trust (never made, or a build stopped while changing it).
    var spare: TreeIdentity?
    /// Where the spare tree differs from the published one: the content hash of its file at each such
    /// path, nil where it holds none. A swap leaves the previous site as the spare, so these are the
    /// paths the last write changed.
    var spareDifferences: [String: UInt64?]

    init(tree: TreeIdentity, entries: [String: Entry], spare: TreeIdentity? = nil, spareDifferences: [String: UInt64?] = [:]) {
        self.tree = tree
        self.entries = entries
        self.spare = spare
        self.spareDifferences = spareDifferences
    }

    /// The input fingerprint of every file, for `BuildPipeline`'s skipping.
    public var fingerprints: [String: UInt64] {
        entries.compactMapValues { $0.fingerprint == 0 ? nil : $0.fingerprint }
    }

    /// The content hash of the spare tree's file at `path`, nil when it holds none.
    func spareHash(_ path: String) -> UInt64? {
        if let difference = spareDifferences[path] { return difference }
        return entries[path]?.contentHash
    }

    /// Takes the effect of `record`, read from the journal after the ones before it.
    mutating func apply(_ record: ManifestRecord) {
        switch record {
        case .snapshot(let manifest):
            self = manifest
        case .spareChanging:
            spare = nil
            spareDifferences = [:]
        case .commit(let commit):
            tree = commit.tree
            spare = commit.spare
            for (path, entry) in commit.changes { entries[path] = entry }
            spareDifferences = commit.spareDifferences
        }
    }
}
