import Foundation

/// A post file as found on disk: `<date>-<slug>.md`, or a bundle's `index.md` with the files beside it.
public struct PostSource: Sendable, Hashable {
    public var file: SourceFile
    /// For a bundle: its other files, relative to the bundle folder, sorted.
    public var bundleFiles: [String]
    /// When the file was last committed, read from git history when the site sets `git_dates: true`.
    public var lastCommitted: Date?

    public init(file: SourceFile, bundleFiles: [String] = [], lastCommitted: Date? = nil) {
        self.file = file
        self.bundleFiles = bundleFiles
        self.lastCommitted = lastCommitted
    }
}
