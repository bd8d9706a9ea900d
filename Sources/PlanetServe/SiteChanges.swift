/// What the watcher tells a rebuild: the paths that changed (files or folders, relative to the site), or that
/// anything may have changed, when the watcher lost track (an overflow, a folder moved, a symbolic link).
enum SiteChanges: Sendable, Equatable {
    case paths(Set<String>)
    case unknown

    /// Both changes at once.
    mutating func merge(_ other: SiteChanges) {
        switch (self, other) {
        case (.paths(let mine), .paths(let theirs)): self = .paths(mine.union(theirs))
        default: self = .unknown
        }
    }

    /// The changed paths, nil when unknown.
    var known: [String]? {
        if case .paths(let paths) = self { return paths.sorted() }
        return nil
    }
}
