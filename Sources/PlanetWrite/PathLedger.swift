import PlanetCore

/// The paths a write has taken so far, across batches: each is taken once.
struct PathLedger {
    /// The source of each path's file when it is a copy, to name the culprit of a collision.
    private var taken: [String: String?] = [:]
    /// Two files for one path, as diagnostics.
    private(set) var collisions: [Diagnostic] = []
    private(set) var pages = 0
    private(set) var feeds = 0

    /// The files of `batch` whose paths were free.
    mutating func admit(_ batch: [OutputFile]) -> [OutputFile] {
        var admitted: [OutputFile] = []
        admitted.reserveCapacity(batch.count)
        for file in batch {
            var source: String?
            if case .copy(let path) = file.content { source = path }
            if let first = taken[file.path] {
                collisions.append(.error(
                    "two files would be written to /\(file.path); rename this one",
                    at: SourceLocation(path: source ?? first ?? file.path)))
                continue
            }
            taken[file.path] = .some(source)
            if file.path.hasSuffix(".html") { pages += 1 }
            if file.path.hasSuffix("atom.xml") || file.path.hasSuffix("comments.xml") { feeds += 1 }
            admitted.append(file)
        }
        return admitted
    }
}
