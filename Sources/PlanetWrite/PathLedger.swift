import PlanetCore

/// The paths a write has taken so far, across batches: each is taken once, by a file that could be made.
struct PathLedger {
    /// The source of each path's file when it is a copy, to name the culprit of a collision.
    private var taken: [String: String?] = [:]
    /// Two files for one path, and files that could not be made, as diagnostics (each once: a broken
    /// template fails every page that uses it the same way).
    private(set) var rejections: [Diagnostic] = []
    private var rejected: Set<Diagnostic> = []
    private(set) var pages = 0
    private(set) var feeds = 0

    /// Every path taken.
    var paths: Dictionary<String, String?>.Keys { taken.keys }

    func contains(_ path: String) -> Bool { taken[path] != nil }

    /// The files of `batch` whose paths were free.
    mutating func admit(_ batch: [OutputFile]) -> [OutputFile] {
        var admitted: [OutputFile] = []
        admitted.reserveCapacity(batch.count)
        for file in batch {
            var source: String?
            if case .copy(let path) = file.content { source = path }
            if let first = taken[file.path] {
                reject(.error(
                    "two files would be written to /\(file.path); rename this one",
                    at: SourceLocation(path: source ?? first ?? file.path)))
                continue
            }
            if case .failed(let diagnostics) = file.content {
                diagnostics.forEach { reject($0) }
                continue
            }
            taken[file.path] = .some(source)
            if OutputFile.isPage(file.path) { pages += 1 }
            if OutputFile.isFeed(file.path) { feeds += 1 }
            admitted.append(file)
        }
        return admitted
    }

    private mutating func reject(_ diagnostic: Diagnostic) {
        if rejected.insert(diagnostic).inserted { rejections.append(diagnostic) }
    }
}
